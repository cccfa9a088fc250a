export type {
  CaseFact,
  DeliveryFact,
  InsightFacts,
  ReopenRequestFact,
  ReportFact,
  SatisfactionFact,
} from './facts';
export { LOOP_CLOSING_STAGES } from './facts';
export type { FigureName, InsightFigures } from './figures';
export { FIGURE_NAMES } from './figures';
export type { Dimension, InsightRow, InsightsQuery, InsightsTable } from './aggregate';
export { aggregateInsights, DIMENSIONS, MINIMUM_REPORTERS } from './aggregate';
export { csvField, parseCsv, renderInsightsCsv } from './csv';
export { median } from './median';
export type { PeriodUnit } from './periods';
export { nextPeriodStart, PERIOD_UNITS, periodKey, periodStart } from './periods';
export { suppressSmallCells } from './suppression';
