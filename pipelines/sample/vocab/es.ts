import type { LanguagePack } from './pack.ts';

export const es: LanguagePack = {
  lang: 'es',
  name: 'Spanish',
  countries: { ES: 50, MX: 30, AR: 12, CO: 8 },
  cities: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Ciudad de México', 'Buenos Aires'],
  currency: (n) => `${n} €`,
  firstNames: ['Lucía', 'Javier', 'Sofía', 'Mateo', 'Carmen', 'Diego', 'Paula', 'Alejandro', 'Marta', 'Pablo', 'Valeria', 'Andrés'],
  lastNames: ['García', 'Martínez', 'López', 'Sánchez', 'Romero', 'Torres', 'Ruiz', 'Navarro', 'Gómez', 'Herrera'],
  tone: {
    positive: [
      'el pedido llegó en 15 minutos, {b} es rapidísimo',
      'no está nada mal {b}, la comida llegó calentita',
      'me encanta {p}, envíos gratis en todo',
      'me cambié de {r} a {b} y es mucho mejor',
      'gracias {b}, soporte resolvió mi problema en dos minutos',
      '{b} salvó mi cena de hoy',
    ],
    negative: [
      '{b} cada vez peor',
      'nunca más pido en {b}',
      'la atención al cliente de {b} no es buena para nada',
      'me cambié de {b} a {r}, mucho mejor',
      'barato sí, pero {b} se olvidó de la mitad del pedido',
      '{a} de envío en {b} por 2 km, qué locura',
    ],
    neutral: [
      '¿{b} reparte en {c}?',
      '¿alguien probó {p}? ¿vale la pena?',
      '¿{b} o {r} para la compra semanal?',
      '{b} tiene nueva campaña en {c}',
    ],
  },
  themes: {
    delivery_delay: [
      'el pedido llegó con {h} horas de retraso, {b}',
      'llevo {m} minutos esperando mi pedido de {b}',
      'el repartidor nunca apareció y {b} lo marcó como entregado',
      '{b} otra vez tarde, {m} minutos más de lo prometido',
    ],
    double_charge: [
      '{b} me cobró dos veces el mismo pedido',
      'cargo duplicado en mi tarjeta por {b}, {a} dos veces',
      'me han cobrado doble en {b} y nadie responde',
    ],
    app_crash: [
      'la app de {b} se cierra al pagar',
      'la aplicación de {b} se cuelga al iniciar sesión desde la actualización',
      'imposible pagar, {b} se bloquea en la pantalla de pago',
    ],
    refund_missing: [
      'el reembolso de {b} nunca llegó',
      '{d} días y sigo sin mi reembolso de {b}',
      '{b} dice que devolvió {a} pero el dinero no aparece',
    ],
  },
  greenbox: [
    'las nuevas cajas #GreenBox de {b} son compostables, qué bien',
    'primer pedido con #greenbox de {b}, adiós al plástico',
  ],
  care: [
    'Sentimos lo ocurrido. Escríbenos por DM con el número de pedido y lo revisamos.',
    'Gracias por avisar, nuestro equipo ya lo está revisando. Mira tus mensajes directos.',
  ],
  headlines: {
    positive: ['{b} amplía la entrega en el día a {c}', '{b}, la app de reparto mejor valorada'],
    negative: ['Usuarios de {b} denuncian cobros y retrasos', 'Quejas por las nuevas tarifas de {b}'],
    neutral: ['{b} y {r} compiten por el mercado de la compra online', '{b} lanza {p} en {c}'],
  },
  tags: ['comidaadomicilio', 'delivery', 'atencionalcliente', 'reparto'],
};
