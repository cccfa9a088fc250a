import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { wilson } from '@loket/evaluation';
import { CATEGORY_SOURCES, type CategorySource } from '../../cases/case.entity';
import { categoryName } from '../../catalogue/category-name';
import type { ProportionView } from '../../linking/learning/linking-model-view';
import { proportionView } from '../../linking/learning/linking-model-views';

export interface CategoriesChosenView {
  /** Cases opened in the period whose category this source chose. */
  opened: number;
  /** Of those, the cases a coordinator gave another category (so far). */
  corrected: number;
  /** (opened − corrected) / opened with its 95 % interval; null before a case opened. For triage (nobody chose,
   * so "overig") it is the share still without a category of its own, not a hit rate. */
  kept: ProportionView | null;
}

export interface CategoryConfusionView {
  /** "main / sub" as the case had it, and as a coordinator corrected it. */
  from: string;
  to: string;
  count: number;
}

export interface CategoryCorrectionsView {
  days: number;
  since: string;
  /** By who chose the category as the case opened: the reporter, the suggester, or nobody (triage). */
  bySource: Record<CategorySource, CategoriesChosenView>;
  /** The corrections of cases opened in the period, most frequent first (at most 20). */
  confusions: CategoryConfusionView[];
}

/**
 * How often the categories cases opened with were right, as coordinators' corrections measure it: for the
 * suggester this is its top-1 on real reports, for reporters how often they chose well. Cases opened in the
 * period, and the corrections of those cases made since (a case corrected twice counts once).
 */
@Injectable()
export class CategoryCorrectionsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(days: number): Promise<CategoryCorrectionsView> {
    const since = new Date(Date.now() - days * 86_400_000);
    const opened: { source: CategorySource; count: string }[] = await this.dataSource.query(
      `SELECT category_source AS source, count(*) AS count FROM cases
        WHERE opened_at >= $1 AND category_source IS NOT NULL GROUP BY category_source`,
      [since],
    );
    const corrected: { source: CategorySource; count: string }[] = await this.dataSource.query(
      `SELECT category_source AS source, count(DISTINCT case_id) AS count FROM category_corrections
        WHERE case_opened_at >= $1 AND category_source IS NOT NULL GROUP BY category_source`,
      [since],
    );
    const confusions: { from_main: string; from_sub: string | null; to_main: string; to_sub: string | null; count: string }[] = await this.dataSource.query(
      `SELECT from_main, from_sub, to_main, to_sub, count(*) AS count FROM category_corrections
        WHERE case_opened_at >= $1
        GROUP BY from_main, from_sub, to_main, to_sub
        ORDER BY count(*) DESC, from_main, from_sub, to_main, to_sub LIMIT 20`,
      [since],
    );
    const countOf = (rows: { source: CategorySource; count: string }[], source: CategorySource) => Number(rows.find((r) => r.source === source)?.count ?? 0);
    const bySource = Object.fromEntries(
      CATEGORY_SOURCES.map((source) => {
        const n = countOf(opened, source);
        const k = Math.min(countOf(corrected, source), n);
        return [source, { opened: n, corrected: k, kept: n > 0 ? proportionView(wilson(n - k, n)) : null }];
      }),
    ) as Record<CategorySource, CategoriesChosenView>;
    return {
      days,
      since: since.toISOString(),
      bySource,
      confusions: confusions.map((row) => ({ from: categoryName(row.from_main, row.from_sub), to: categoryName(row.to_main, row.to_sub), count: Number(row.count) })),
    };
  }
}
