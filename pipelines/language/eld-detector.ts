import { eld } from 'eld/small';
import { cleanForDetection, hasLetters } from './clean-text.ts';
import type { LanguageDetector, LanguageGuess } from './detector.ts';

export interface EldOptions {
  /** Texts with fewer letters than this (after cleaning) are left unknown. */
  minLetters?: number;
  /** Restrict answers to these ISO 639-1 codes (a team that listens in five languages). */
  languages?: string[];
}

const UNKNOWN: LanguageGuess = { lang: null, confidence: 0 };

/**
 * eld's scores are n-gram averages, not probabilities. Confidence here is the winner's margin over
 * the runner-up, halved when eld itself calls the result unreliable (few n-grams).
 */
function confidenceOf(scores: Record<string, number>, reliable: boolean): number {
  const values = Object.values(scores).sort((a, b) => b - a);
  const top = values[0] ?? 0;
  if (top <= 0) return 0;
  const margin = (top - (values[1] ?? 0)) / top;
  const value = 0.5 + 0.5 * margin;
  return Math.round((reliable ? value : value / 2) * 1000) / 1000;
}

/** The default detector: eld (Nito-ELD, small database) on text cleaned of handles, tags, URLs and emoji. */
export function eldDetector(options: EldOptions = {}): LanguageDetector {
  const minLetters = options.minLetters ?? 3;
  const instance = eld.newInstance();
  if (options.languages?.length) instance.setLanguageSubset(options.languages);
  return {
    name: 'eld-small',
    detect(text: string): LanguageGuess {
      const cleaned = cleanForDetection(text ?? '');
      if (!hasLetters(cleaned, minLetters)) return UNKNOWN;
      const result = instance.detect(cleaned);
      if (!result.language) return UNKNOWN;
      return { lang: result.language, confidence: confidenceOf(result.getScores(), result.isReliable()) };
    },
  };
}
