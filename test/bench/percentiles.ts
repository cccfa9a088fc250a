/** p50/p95/p99/max of a list of durations in ms (nearest rank), rounded to 0.1 ms. */
export function percentiles(values: number[]): { p50: number; p95: number; p99: number; max: number; n: number } {
  if (values.length === 0) return { p50: NaN, p95: NaN, p99: NaN, max: NaN, n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
  return { p50: at(50), p95: at(95), p99: at(99), max: at(100), n: sorted.length };
}
