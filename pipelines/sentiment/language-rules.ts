/** The grammar a rule-based scorer needs for one language; word lists are lowercase. */
export interface LanguageRules {
  /** Words that flip the next few terms ("not", "değil" comes after: see `postNegators`). */
  negators: string[];
  /** Words that flip the term just before them (Turkish "değil", "yok"). */
  postNegators: string[];
  /** Intensifiers before a term ("very"); Arabic also puts them after (`postBoosters`). */
  boosters: string[];
  postBoosters: string[];
  /** Dampeners before a term ("slightly"). */
  dampeners: string[];
  /** Contrast words: what follows counts more than what came before ("but", "ama", "لكن", "viszont"). */
  contrast: string[];
  /** Languages that build words with suffixes: a term may match a lexicon entry by its longest prefix. */
  suffixing: boolean;
  /** Longest suffix allowed after a matched stem. */
  maxSuffix?: number;
  /** Negation inside a word, tested from two letters before the end of the matched stem (Turkish sev-me-di, Hungarian tehetség-telen). */
  negativeSuffix?: RegExp;
  /** Lexicon entries in dictionary form whose ending is cut to add their stem (Turkish sevmek → sev, Hungarian szeretni → szeret). */
  dictionaryEnding?: RegExp;
  /** Clitics glued to the front of a word (Arabic و ف ب ل ك ال). */
  prefixes?: string[];
  /** Elisions split from the next word (French n', l', d'); those listed in negators negate. */
  elisions?: string[];
  /**
   * The spelling of a word typed without the language's own letters (Turkish "cok guzel degil" for
   * "çok güzel değil"); lexicon entries and rule words also match in this form.
   */
  fold?: (word: string) => string;
}

const TURKISH_ASCII: Record<string, string> = { ç: 'c', ş: 's', ğ: 'g', ı: 'i', ö: 'o', ü: 'u', â: 'a', î: 'i', û: 'u' };
const foldTurkish = (word: string): string => word.replace(/[çşğıöüâîû]/g, (c) => TURKISH_ASCII[c]);

const none: string[] = [];

const base = (partial: Partial<LanguageRules>): LanguageRules => ({
  negators: none, postNegators: none, boosters: none, postBoosters: none, dampeners: none, contrast: none, suffixing: false, ...partial,
});

export const RULES: Record<string, LanguageRules> = {
  en: base({
    negators: ['not', 'no', 'never', 'neither', 'nor', 'none', 'nothing', 'nobody', 'without', 'cannot', "n't", 'dont', 'cant', 'wont', 'isnt', 'arent', 'wasnt', 'didnt', 'doesnt', 'aint', 'hardly'],
    boosters: ['very', 'really', 'so', 'extremely', 'totally', 'absolutely', 'super', 'too', 'incredibly', 'completely', 'most', 'such', 'utterly', 'highly', 'truly', 'fucking', 'damn', 'soo', 'sooo'],
    dampeners: ['slightly', 'somewhat', 'barely', 'kinda', 'sorta', 'little', 'bit', 'fairly', 'marginally', 'partly'],
    contrast: ['but', 'however', 'although', 'though', 'yet'],
  }),
  tr: base({
    negators: ['hiç', 'asla', 'hiçbir', 'sıfır'],
    postNegators: ['değil', 'değildi', 'değilim', 'değiliz', 'değilsin', 'değilmiş', 'yok', 'yoktu', 'olmaz', 'olmadı', 'olmamış'],
    boosters: ['çok', 'en', 'gayet', 'aşırı', 'son', 'fazla', 'bayağı', 'baya', 'acayip', 'müthiş', 'resmen', 'tam', 'epey', 'oldukça', 'cidden', 'gerçekten'],
    dampeners: ['biraz', 'azıcık', 'nispeten', 'pek'],
    contrast: ['ama', 'fakat', 'ancak', 'lakin', 'yalnız', 'oysa'],
    suffixing: true,
    negativeSuffix: /^.{0,2}(?:m[ae](?:[dzkmsyn]|$)|m[ıiuü]y|s[ıiuü]z)/u,
    dictionaryEnding: /m[ae]k$/u,
    fold: foldTurkish,
  }),
  ar: base({
    negators: ['لا', 'ما', 'لم', 'لن', 'ليس', 'ليست', 'مش', 'مو', 'غير', 'بدون', 'مافي', 'ماهو', 'ولا', 'مب', 'موش', 'عدم'],
    boosters: ['جدا', 'كثير', 'اكثر', 'أكثر', 'اوي', 'قوي', 'مره', 'مرة', 'كتير', 'جداً', 'خالص', 'تماما', 'تماماً', 'أشد'],
    postBoosters: ['جدا', 'جداً', 'اوي', 'خالص', 'كثير', 'كتير', 'مره', 'تماما', 'تماماً', 'قوي'],
    dampeners: ['شوية', 'قليلا', 'نوعا', 'بعض'],
    contrast: ['لكن', 'ولكن', 'بس', 'لاكن', 'غير أن', 'إلا'],
    suffixing: true,
    maxSuffix: 2,
    prefixes: ['وبال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'],
  }),
  hu: base({
    negators: ['nem', 'sem', 'ne', 'se', 'nincs', 'nincsenek', 'sincs', 'soha', 'semmi', 'semmilyen', 'egyáltalán'],
    postNegators: ['nélkül'],
    boosters: ['nagyon', 'rendkívül', 'igazán', 'annyira', 'túl', 'teljesen', 'borzasztóan', 'hihetetlenül', 'roppant', 'igen', 'különösen', 'egészen', 'rettentően', 'legalább'],
    dampeners: ['kicsit', 'kissé', 'némileg', 'valamennyire', 'eléggé', 'elég', 'meglehetősen'],
    contrast: ['de', 'viszont', 'azonban', 'mégis', 'ám', 'ellenben', 'bár'],
    suffixing: true,
    negativeSuffix: /^.{0,2}(?:talan|telen|tlan|tlen)/u,
    dictionaryEnding: /ni$/u,
  }),
  es: base({
    negators: ['no', 'nunca', 'jamás', 'ni', 'tampoco', 'sin', 'nada', 'nadie', 'ningún', 'ninguna', 'ninguno'],
    boosters: ['muy', 'tan', 'súper', 'super', 'demasiado', 'bastante', 'sumamente', 'increíblemente', 'totalmente', 'realmente', 'mucho', 'muchísimo', 'más', 're'],
    dampeners: ['poco', 'algo', 'apenas', 'medio', 'casi'],
    contrast: ['pero', 'sino', 'aunque', 'embargo'],
  }),
  de: base({
    negators: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'ohne', 'weder', 'kaum', 'garnicht', 'nix'],
    boosters: ['sehr', 'so', 'total', 'extrem', 'echt', 'wirklich', 'richtig', 'super', 'absolut', 'völlig', 'besonders', 'mega', 'voll', 'äußerst', 'zu', 'unglaublich', 'ganz'],
    dampeners: ['etwas', 'ziemlich', 'bisschen', 'wenig', 'leicht', 'eher', 'halbwegs'],
    contrast: ['aber', 'jedoch', 'doch', 'allerdings', 'trotzdem', 'sondern'],
  }),
  fr: base({
    negators: ['ne', "n'", 'pas', 'jamais', 'rien', 'sans', 'aucun', 'aucune', 'ni', 'guère'],
    boosters: ['très', 'trop', 'vraiment', 'tellement', 'super', 'extrêmement', 'hyper', 'absolument', 'totalement', 'si', 'tout', 'vachement', 'complètement', 'grave', 'fort'],
    dampeners: ['assez', 'peu', 'plutôt', 'légèrement', 'moyennement'],
    contrast: ['mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins'],
    elisions: ["n'", "l'", "d'", "j'", "qu'", "c'", "m'", "t'", "s'"],
  }),
  it: base({
    negators: ['non', 'mai', 'niente', 'nessuno', 'nessuna', 'senza', 'né', 'nulla', 'neanche', 'nemmeno'],
    boosters: ['molto', 'troppo', 'davvero', 'tanto', 'super', 'veramente', 'estremamente', 'proprio', 'assolutamente', 'così', 'tutto'],
    dampeners: ['poco', 'abbastanza', 'piuttosto', 'leggermente'],
    contrast: ['ma', 'però', 'tuttavia', 'invece'],
    elisions: ["l'", "un'", "d'", "c'", "dell'", "all'", "nell'", "sull'", "quest'"],
  }),
  pt: base({
    negators: ['não', 'nao', 'nunca', 'jamais', 'nem', 'sem', 'nada', 'ninguém', 'nenhum', 'nenhuma', 'tampouco'],
    boosters: ['muito', 'tão', 'super', 'demais', 'bastante', 'extremamente', 'totalmente', 'realmente', 'mais', 'mt', 'muita'],
    dampeners: ['pouco', 'meio', 'quase', 'algo'],
    contrast: ['mas', 'porém', 'contudo', 'entretanto', 'todavia'],
  }),
  nl: base({
    negators: ['niet', 'geen', 'nooit', 'niets', 'niemand', 'zonder', 'nee'],
    boosters: ['zeer', 'heel', 'erg', 'echt', 'super', 'enorm', 'ontzettend', 'te', 'zo', 'hartstikke'],
    dampeners: ['beetje', 'enigszins', 'redelijk', 'vrij'],
    contrast: ['maar', 'echter', 'toch'],
  }),
};

/** Rules for languages without their own entry: emoji, emoticons, punctuation and caps still count. */
export const NO_RULES: LanguageRules = base({});

export function rulesFor(lang: string | null): LanguageRules {
  return (lang && RULES[lang]) || NO_RULES;
}
