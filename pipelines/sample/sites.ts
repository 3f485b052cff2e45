import type { Lang, Platform, Site } from './types.ts';

type SitePlatform = Extract<Platform, 'news' | 'blog' | 'forum'>;

const SITES: Readonly<Record<SitePlatform, Readonly<Record<Lang, Site[]>>>> = {
  news: {
    en: [{ name: 'The Metro Ledger', domain: 'metroledger.example' }, { name: 'Business Daily Wire', domain: 'bizdailywire.example' }],
    tr: [{ name: 'Gündem Postası', domain: 'gundemposta.example' }, { name: 'Ekonomi Hattı', domain: 'ekonomihatti.example' }],
    es: [{ name: 'El Diario Urbano', domain: 'diariourbano.example' }],
    de: [{ name: 'Stadtkurier', domain: 'stadtkurier.example' }, { name: 'Handelsblatt Regional', domain: 'hbregional.example' }],
    ar: [{ name: 'صحيفة المدينة اليوم', domain: 'madinatoday.example' }],
    hu: [{ name: 'Napi Hírlap', domain: 'napihirlap.example' }],
  },
  blog: {
    en: [{ name: 'Apps and Appetite', domain: 'appsandappetite.example' }, { name: 'Frugal City Life', domain: 'frugalcity.example' }],
    tr: [{ name: 'Mutfaktan Notlar', domain: 'mutfaktannotlar.example' }],
    es: [{ name: 'Cocina y Apps', domain: 'cocinayapps.example' }],
    de: [{ name: 'Großstadt Futter', domain: 'grossstadtfutter.example' }],
    ar: [{ name: 'مدونة المطبخ الذكي', domain: 'smartkitchen-blog.example' }],
    hu: [{ name: 'Konyhai Kalandok', domain: 'konyhaikalandok.example' }],
  },
  forum: {
    en: [{ name: 'DeliveryTalk', domain: 'deliverytalk.example' }, { name: 'MoneySaver Forum', domain: 'moneysaverforum.example' }],
    tr: [{ name: 'Şikayet Köşesi', domain: 'sikayetkosesi.example' }],
    es: [{ name: 'ForoConsumo', domain: 'foroconsumo.example' }],
    de: [{ name: 'Spar-Forum', domain: 'sparforum.example' }],
    ar: [{ name: 'منتدى المستهلك', domain: 'consumer-forum.example' }],
    hu: [{ name: 'Fogyasztói Fórum', domain: 'fogyasztoiforum.example' }],
  },
};

export const sites = (platform: SitePlatform, lang: Lang): Site[] => SITES[platform][lang];

export const SUBREDDITS: Readonly<Record<Lang, string[]>> = {
  en: ['FoodDelivery', 'delivery', 'pakkit', 'personalfinance', 'androidapps', 'london'],
  tr: ['Turkey', 'Istanbul'],
  es: ['spain', 'mexico'],
  de: ['de', 'Finanzen'],
  ar: ['dubai', 'saudiarabia'],
  hu: ['hungary'],
};
