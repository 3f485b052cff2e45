import { describe, expect, it } from 'vitest';
import { cleanForDetection, repairSurrogates } from '../../pipelines/language/clean-text.ts';
import { constantDetector, normalizeExportLang, resolveLanguage } from '../../pipelines/language/detector.ts';
import { eldDetector } from '../../pipelines/language/eld-detector.ts';
import { eld } from 'eld/small';

const detector = eldDetector();

const SHORT: Array<[string, string]> = [
  ['I really love this new phone', 'en'],
  ['Bu ürün gerçekten çok kötü', 'tr'],
  ['هذا المنتج سيء جدا ولا أنصح به', 'ar'],
  ['Nagyon jó film volt, ajánlom', 'hu'],
  ['El servicio fue horrible ayer', 'es'],
  ['Das ist wirklich nicht gut', 'de'],
  ["C'est vraiment génial, merci", 'fr'],
];

describe('language detection', () => {
  it('detects short texts in each listening language', () => {
    for (const [text, lang] of SHORT) expect(detector.detect(text).lang, text).toBe(lang);
  });

  it("picks the same language as eld's own detect() on the cleaned text", () => {
    const texts = [
      ...SHORT.map(([text]) => text),
      'RT @user: the new update broke my phone again, thanks a lot https://t.co/xyz',
      'Yeni güncelleme telefonumu yine bozdu, çok teşekkürler 🙄',
      'التحديث الجديد خرب هاتفي مرة أخرى',
      'Az új frissítés megint tönkretette a telefonomat',
      "La nueva actualización rompió mi teléfono otra vez",
      'Das neue Update hat mein Handy schon wieder kaputt gemacht',
      "La nouvelle mise à jour a encore cassé mon téléphone",
      'Il nuovo aggiornamento ha rotto di nuovo il mio telefono',
      'A nova atualização quebrou meu telefone de novo',
      'Новое обновление снова сломало мой телефон',
      'a'.repeat(200) + ' word',
    ];
    for (const text of texts) expect(detector.detect(text).lang, text).toBe(eld.detect(cleanForDetection(text)).language || null);
  });

  it('keeps to the allowed languages', () => {
    expect(eldDetector({ languages: ['en', 'de'] }).detect('Bu ürün gerçekten çok kötü').lang).toMatch(/^(en|de)$/);
  });

  it('strips handles, hashtags, URLs and emoji before detecting', () => {
    expect(cleanForDetection('@someone loved it!!! 😍 https://t.co/abc #BestDay')).toBe('loved it');
    expect(detector.detect('@kullanici çok güzel olmuş 😍 #harika https://x.co/1').lang).toBe('tr');
  });

  it('gives a confidence in [0, 1]', () => {
    const { confidence } = detector.detect('Nagyon jó film volt, ajánlom');
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it('leaves empty, emoji-only and handle-only texts unknown', () => {
    for (const text of ['', '   ', '😀😀😀', '@user https://t.co/x #tag', '12345 !!!']) expect(detector.detect(text)).toEqual({ lang: null, confidence: 0 });
  });

  it('survives 1 MB texts and lone surrogates', () => {
    expect(detector.detect('bonjour tout le monde '.repeat(50_000)).lang).toBe('fr');
    expect(repairSurrogates('ok \uD800 ok')).toBe('ok \uFFFD ok');
    expect(() => detector.detect('\uDC00 hola amigos cómo están')).not.toThrow();
  });

  it("keeps the export's own language and normalizes its spelling", () => {
    expect(resolveLanguage('Bu ürün çok kötü', 'EN-us', detector)).toEqual({ lang: 'en', confidence: 1, source: 'export' });
    expect(resolveLanguage('Bu ürün çok kötü', null, detector).source).toBe('detected');
    expect(resolveLanguage('😀', null, detector)).toEqual({ lang: null, confidence: 0, source: 'unknown' });
    expect(normalizeExportLang('und')).toBeNull();
    expect(resolveLanguage('anything', null, constantDetector('hu')).lang).toBe('hu');
  });
});
