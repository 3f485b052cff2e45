import { mulberry32 } from '../lib/hash.ts';
/** Tweet-length mentions in seven languages, built from small templates; deterministic for a given seed. */
const TEMPLATES: Record<string, string[]> = {
  en: ['I really love the new {p}, battery is great!', 'Worst {p} ever, support never answered 😡', 'not bad at all, the {p} works fine', 'Is the {p} worth it? thinking about it', 'The {p} is GOOD but so expensive'],
  tr: ['{p} gerçekten çok güzel, herkese tavsiye ederim', '{p} berbat, hiç beğenmedim 😞', '{p} kötü değil ama pahalı', 'yeni {p} ne zaman çıkıyor?', 'bu {p} harika olmuş 😍'],
  ar: ['{p} رائع جدا وأنصح به', '{p} سيء جدا ولا أنصح به', 'متى يصل {p} الجديد؟', '{p} جميل لكن السعر مرتفع', 'خدمة {p} ممتازة 👍'],
  hu: ['A {p} nagyon jó, imádom', 'A {p} borzasztó, nem ajánlom', 'Nem rossz a {p}, de drága', 'Mikor jön az új {p}?', 'Kiváló a {p} 😊'],
  es: ['Me encanta el {p}, es muy bueno', 'El {p} es horrible, no funciona', 'El {p} no está mal pero es caro', '¿Alguien probó el {p} nuevo?', 'Excelente servicio del {p} 👏'],
  de: ['Das {p} ist wirklich super, ich liebe es', 'Das {p} ist schrecklich und teuer', 'Nicht schlecht, das {p}, aber zu laut', 'Wann kommt das neue {p}?', 'Toller Service für das {p} 😀'],
  fr: ["J'adore le {p}, vraiment génial", "Le {p} est nul, je suis déçu", "Le {p} n'est pas mal mais cher", 'Quand sort le nouveau {p} ?', 'Service excellent pour le {p} 👍'],
};
const PRODUCTS = ['phone', 'X200', 'app', 'laptop', 'kulaklık', 'Nova', 'Pixelio', 'router', 'Zeta', 'tablet'];

export interface BenchMention {
  mention_id: string;
  body: string;
  lang: string | null;
}

/**
 * `reposts` of the mentions repeat an earlier text verbatim; `exportLang` of them carry the export's
 * language (the rest need detection). Each text gets a handle, a number and sometimes a URL, so
 * the rest are distinct.
 */
export function* benchMentions(rows: number, options: { reposts?: number; exportLang?: number; seed?: number } = {}): Generator<BenchMention> {
  const random = mulberry32(options.seed ?? 1);
  const langs = Object.keys(TEMPLATES);
  const recent: BenchMention[] = [];
  for (let i = 0; i < rows; i++) {
    if (recent.length > 0 && random() < (options.reposts ?? 0.2)) {
      const original = recent[Math.floor(random() * recent.length)];
      yield { ...original, mention_id: `bench:${i}` };
      continue;
    }
    const lang = langs[Math.floor(random() * langs.length)];
    const templates = TEMPLATES[lang];
    const template = templates[Math.floor(random() * templates.length)];
    const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)];
    const url = random() < 0.3 ? ` https://ex.am/p/${i.toString(36)}` : '';
    const body = `@user${Math.floor(random() * 1e5)} ${template.replace('{p}', product)} #${product}${i % 997}${url}`;
    const mention = { mention_id: `bench:${i}`, body, lang: random() < (options.exportLang ?? 0.5) ? lang : null };
    if (recent.length < 1000) recent.push(mention);
    else recent[i % 1000] = mention;
    yield mention;
  }
}
