import { resolveLanguage, type LanguageDetector, type LangSource } from '../language/detector.ts';
import type { SentimentScorer } from './scorer.ts';

/** Results of a batch as parallel columns: cheap to post between threads and to append to DuckDB. */
export interface BatchResult {
  lang: (string | null)[];
  langSource: LangSource[];
  langConfidence: number[];
  score: number[];
  label: string[];
  scorer: string[];
  evidence: string[];
}

/** Resolves the language (export's, else detected) and scores each text; never throws on bad text. */
export function scoreBatch(texts: (string | null)[], exportLangs: (string | null)[], detector: LanguageDetector, scorer: SentimentScorer): BatchResult {
  const out: BatchResult = { lang: [], langSource: [], langConfidence: [], score: [], label: [], scorer: [], evidence: [] };
  for (let i = 0; i < texts.length; i++) {
    const text = typeof texts[i] === 'string' ? (texts[i] as string) : '';
    const language = resolveLanguage(text, exportLangs[i], detector);
    const result = scorer.score(text, language.lang);
    out.lang.push(language.lang);
    out.langSource.push(language.source);
    out.langConfidence.push(language.confidence);
    out.score.push(result.score);
    out.label.push(result.label);
    out.scorer.push(result.scorer);
    out.evidence.push(JSON.stringify(result.evidence));
  }
  return out;
}
