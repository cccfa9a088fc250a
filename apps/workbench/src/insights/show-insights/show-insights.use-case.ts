import { Injectable } from '@nestjs/common';
import { ProblemException } from '@loket/http';
import {
  aggregateInsights,
  nextPeriodStart,
  periodStart,
  type Dimension,
  type InsightsTable,
  type PeriodUnit,
} from '@loket/insights';
import { Clock } from '../../clock';
import { InsightStore } from '../projection/insight-store';
import { InsightsQueryRequest } from './insights.request';

const DEFAULT_PERIODS = 12;
const MAX_SPAN_DAYS = 3 * 366;
const DAY = 86_400_000;

/**
 * Insights for coordinators and administrators: the projection's facts for whole periods between `from` and
 * `to`, aggregated per cell with small cells suppressed (see @loket/insights).
 */
@Injectable()
export class ShowInsights {
  constructor(
    private readonly store: InsightStore,
    private readonly clock: Clock,
  ) {}

  async execute(query: InsightsQueryRequest): Promise<InsightsTable> {
    const groupBy = (query.groupBy ?? 'area').split(',') as Dimension[];
    if (new Set(groupBy).size !== groupBy.length)
      throw ProblemException.badRequest('groupBy names a dimension twice');
    const period = query.period ?? 'month';
    const now = this.clock.now();
    const { from, to } = wholePeriods(query, period, now);
    if (from.getTime() >= to.getTime()) throw ProblemException.badRequest('from must lie before to');
    if (to.getTime() - from.getTime() > MAX_SPAN_DAYS * DAY) {
      throw ProblemException.badRequest(`from and to may lie at most ${MAX_SPAN_DAYS} days apart`);
    }
    const facts = await this.store.factsBetween(from, to);
    return aggregateInsights(facts, { groupBy, period, from, to, now });
  }
}

/** The query's range widened to whole periods; by default the last 12 periods up to and including the current one. */
function wholePeriods(query: InsightsQueryRequest, unit: PeriodUnit, now: Date): { from: Date; to: Date } {
  const endOf = (at: Date) => {
    const start = periodStart(at, unit);
    return start.getTime() === at.getTime() ? start : nextPeriodStart(start, unit);
  };
  const to = endOf(query.to ? new Date(query.to) : now);
  if (query.from) return { from: periodStart(new Date(query.from), unit), to };
  let from = periodStart(new Date(to.getTime() - 1), unit);
  for (let i = 1; i < DEFAULT_PERIODS; i++) from = periodStart(new Date(from.getTime() - 1), unit);
  return { from, to };
}
