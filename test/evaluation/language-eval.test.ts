import { describe, expect, it } from 'vitest';
import { constantDetector } from '../../pipelines/language/detector.ts';
import { eldDetector } from '../../pipelines/language/eld-detector.ts';
import { evaluateDetector, formatLanguageReport, readLanguageRows } from '../../pipelines/evaluation/language-eval.ts';
import { messages } from '../../pipelines/evaluation/messages.ts';

const FILE = 'test/fixtures/labels/mixed.csv';

describe('language detection evaluation', () => {
  it('scores detection per expected language, on short texts and on all', async () => {
    const rows = await readLanguageRows(FILE, { langCol: 'language' });
    expect(rows).toHaveLength(9);
    const report = evaluateDetector(FILE, rows, eldDetector());
    expect(Object.keys(report.byLanguage)).toEqual(['en', 'tr']);
    expect(report.byLanguage.tr.all).toMatchObject({ rows: 3, accuracy: 1, unknown: 0 });
    expect(report.byLanguage.en.short.rows).toBe(6);
    expect(formatLanguageReport(report)).toMatch(/^tr +3 +100\.0%/m);
  });

  it('counts wrong answers and unknowns apart', async () => {
    const rows = await readLanguageRows(FILE, { lang: 'en' });
    const wrong = evaluateDetector(FILE, rows, constantDetector('de')).byLanguage.en.all;
    expect(wrong).toMatchObject({ rows: 9, accuracy: 0, unknown: 0, confusions: ['de: 9'] });
    expect(evaluateDetector(FILE, rows, constantDetector(null)).byLanguage.en.all.unknown).toBe(1);
  });

  it('asks for the language when the file does not give it', async () => {
    await expect(readLanguageRows(FILE, {})).rejects.toThrow(messages.languageUnknown());
  });
});
