/** A share with its 95 % confidence interval (Wilson), as routing measures it: `successes / trials`, low to high. */
export interface Proportion {
  rate: number;
  low: number;
  high: number;
  successes: number;
  trials: number;
}

/** A share, weight, score or threshold between 0 and 1 with two decimals in the reader's number format ("0,47"). */
export function formatDecimal(value: number, language: string): string {
  return value.toLocaleString(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * "0,47 (0,35–0,59; 8/17)" in Dutch, "0.47 (0.35–0.59; 8/17)" in English: the share with its interval and what
 * it was measured on. Null when nothing was measured (no trials), so the page says that instead of a made-up 0.
 */
export function formatProportion(p: Proportion, language: string): string | null {
  if (p.trials === 0) return null;
  const figure = (value: number) => formatDecimal(value, language);
  return `${figure(p.rate)} (${figure(p.low)}–${figure(p.high)}; ${p.successes}/${p.trials})`;
}
