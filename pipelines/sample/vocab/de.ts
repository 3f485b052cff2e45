import type { LanguagePack } from './pack.ts';

export const de: LanguagePack = {
  lang: 'de',
  name: 'German',
  countries: { DE: 75, AT: 15, CH: 10 },
  cities: ['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Wien', 'Zürich'],
  currency: (n) => `${n} €`,
  firstNames: ['Lena', 'Jonas', 'Anna', 'Felix', 'Laura', 'Paul', 'Marie', 'Leon', 'Sophie', 'Tim', 'Julia', 'Max'],
  lastNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Wagner', 'Hoffmann', 'Koch', 'Richter'],
  tone: {
    positive: [
      'Lieferung nach 20 Minuten, {b} ist echt schnell!',
      'Nicht schlecht, {b}! Essen kam heiß an',
      '{p} lohnt sich total, keine Liefergebühr mehr',
      'Bin von {r} zu {b} gewechselt, viel besser',
      'Super Service von {b} heute, danke an den Fahrer',
      '{b} rettet meinen Feierabend',
    ],
    negative: [
      '{b} wird immer schlechter',
      'Nie wieder {b}',
      'Der Kundenservice von {b} ist überhaupt nicht gut',
      'Bin von {b} zu {r} gewechselt, viel besser',
      'Günstig ja, aber {b} hat schon wieder die Hälfte vergessen',
      '{a} Liefergebühr bei {b} für 2 km? Echt jetzt?',
    ],
    neutral: [
      'Liefert {b} auch nach {c}?',
      'Hat jemand Erfahrung mit {p}?',
      '{b} oder {r} für den Wocheneinkauf?',
      '{b} startet eine neue Kampagne in {c}',
    ],
  },
  themes: {
    delivery_delay: [
      'Bestellung kam {h} Stunden zu spät, {b}',
      'Warte seit {m} Minuten auf meine Lieferung von {b}',
      'Fahrer ist nie aufgetaucht, {b} zeigt trotzdem "zugestellt"',
      '{b} schon wieder verspätet, {m} Minuten über der Zeit',
    ],
    double_charge: [
      '{b} hat mir den Betrag doppelt abgebucht',
      'Doppelte Abbuchung von {b} für eine einzige Bestellung, {a} zweimal',
      'Zweimal bezahlt bei {b}, Support meldet sich nicht',
    ],
    app_crash: [
      'Die {b} App stürzt beim Bezahlen ab',
      'Seit dem Update hängt sich {b} beim Login auf',
      '{b} App stürzt an der Kasse ab, Warenkorb ist weg',
    ],
    refund_missing: [
      'Rückerstattung von {b} ist nach {d} Tagen immer noch nicht da',
      'Warte immer noch auf mein Geld von {b}, Bestellung storniert vor {d} Tagen',
      '{b} sagt, {a} wurden erstattet, aber auf dem Konto ist nichts',
    ],
  },
  greenbox: [
    'Die neue #GreenBox Verpackung von {b} ist kompostierbar, top',
    'Erste #greenbox Lieferung von {b}, endlich kein Plastik mehr',
  ],
  care: [
    'Das tut uns leid! Schick uns bitte deine Bestellnummer per DM.',
    'Danke für den Hinweis, unser Team schaut sich das an. Bitte prüfe deine DMs.',
  ],
  headlines: {
    positive: ['{b} liefert jetzt auch in {c} am selben Tag', '{b} gewinnt Kundenpreis für Lieferdienste'],
    negative: ['Kunden von {b} klagen über Gebühren', 'Ärger über {b}: Bestellungen in {c} verspätet'],
    neutral: ['{b} und {r} kämpfen um den Lebensmittelmarkt', '{b} startet {p} in {c}'],
  },
  tags: ['lieferdienst', 'essen', 'kundenservice', 'einkaufen'],
};
