export const SPIKE_METHOD_VERSION = 'spike-v1';

export interface SpikeOptions {
  /** Days before the day tested that form its baseline. */
  baselineDays: number;
  /** Days of history a series needs before any of its days is tested. */
  minHistoryDays: number;
  /** Pseudo-days that shrink day-of-week factors toward 1 (0 trusts the window fully). */
  seasonalityPseudoDays: number;
  /** Robust z-score from which a day is an alert (low severity). */
  threshold: number;
  /** z-scores from which severity is medium and high. */
  mediumAt: number;
  highAt: number;
  /** Count metrics: the least excess over expected, and the least ratio observed/expected. */
  minExcess: number;
  minRatio: number;
  /** Net sentiment: the least mentions on the day (and on a baseline day to count), and the least drop. */
  minVolumeForNet: number;
  minNetDrop: number;
}

export const DEFAULT_SPIKE_OPTIONS: SpikeOptions = {
  baselineDays: 28,
  minHistoryDays: 14,
  seasonalityPseudoDays: 4,
  threshold: 4,
  mediumAt: 5,
  highAt: 7,
  minExcess: 8,
  minRatio: 1.8,
  minVolumeForNet: 20,
  minNetDrop: 0.25,
};
