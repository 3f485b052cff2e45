import type { LanguagePack } from './pack.ts';

export const hu: LanguagePack = {
  lang: 'hu',
  name: 'Hungarian',
  countries: { HU: 90, RO: 6, SK: 4 },
  cities: ['Budapest', 'Debrecen', 'Szeged', 'Pécs', 'Győr'],
  currency: (n) => `${n * 400} Ft`,
  firstNames: ['Anna', 'Bence', 'Eszter', 'Dániel', 'Réka', 'Máté', 'Zsófia', 'Gergő', 'Petra', 'Ádám'],
  lastNames: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas'],
  tone: {
    positive: [
      'Húsz perc alatt itt volt a kaja, a {b} nagyon gyors!',
      'Nem rossz, a {b} tényleg sokat javult',
      'A {p} megéri, ingyenes a kiszállítás',
      'Átváltottam: {r} helyett {b}, sokkal jobb',
      'Szuper volt a {b} ügyfélszolgálata ma',
    ],
    negative: [
      'A {b} egyre rosszabb',
      'Soha többé {b}',
      'Egyáltalán nem jó a {b} ügyfélszolgálata',
      'Átváltottam: {b} helyett {r}, sokkal jobb',
      'Olcsó, de a {b} megint elfelejtette a rendelés felét',
    ],
    neutral: [
      'A {b} szállít már {c} városba is?',
      'Használja valaki a {p} szolgáltatást? Megéri?',
      '{b} vagy {r} a heti bevásárláshoz?',
      'Új kampányt indított a {b}',
    ],
  },
  themes: {
    delivery_delay: [
      '{h} órát késett a rendelés, {b}',
      'Már {m} perce várok a {b} rendelésemre',
      'A futár meg sem jelent, a {b} mégis kiszállítottnak jelölte',
    ],
    double_charge: [
      'Kétszer vonták le az összeget a kártyámról, {b}',
      'A {b} kétszer terhelte meg a számlámat ugyanazért a rendelésért',
    ],
    app_crash: [
      'Összeomlik a {b} app fizetéskor',
      'A frissítés óta bejelentkezéskor kifagy a {b} alkalmazás',
    ],
    refund_missing: [
      'A {b} visszatérítés még mindig nem érkezett meg, {d} napja várok',
      'A {b} nem utalta vissza a pénzem, pedig lemondtam a rendelést',
    ],
  },
  greenbox: [
    'A {b} új #GreenBox dobozai komposztálhatók, tetszik',
    'Első #greenbox rendelésem a {b} oldalán, végre nincs műanyag',
  ],
  care: [
    'Sajnáljuk a kellemetlenséget! Kérjük, küldd el a rendelésszámot üzenetben.',
    'Köszönjük a jelzést, a csapatunk már vizsgálja.',
  ],
  headlines: {
    positive: ['A {b} {c} városában is elindította az aznapi kiszállítást', 'A {b} lett a leggyorsabb futárszolgálat'],
    negative: ['Panaszkodnak a {b} felhasználói a díjak miatt', 'Késések a {b} rendeléseinél'],
    neutral: ['A {b} és a {r} versenye a bevásárlásért', 'A {b} bemutatta a {p} szolgáltatást'],
  },
  tags: ['ételrendelés', 'futár', 'bevásárlás'],
};
