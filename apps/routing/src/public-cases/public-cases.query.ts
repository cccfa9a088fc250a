import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { CaseStatus } from '@loket/contracts';
import { CategoryCatalogue } from '../catalogue/category-catalogue';
import { MAX_PUBLIC_SENSITIVITY, SensitivityOf, StoredCaseRow } from './public-case';

export interface PublicCaseFilter {
  /** Main category codes (any of them). */
  mains?: string[];
  /** A main or sub category code. */
  category?: string;
  bbox?: { minLon: number; minLat: number; maxLon: number; maxLat: number };
  caseId?: string;
  /** The case that holds this report. */
  reportId?: string;
  limit: number;
  offset: number;
}

interface Row {
  id: string;
  status: 'open' | 'closed';
  work_status: CaseStatus;
  category_main: string;
  category_sub: string | null;
  sensitivity: number;
  lat: number;
  lon: number;
  opened_at: Date;
  last_report_at: Date;
  first_description: string | null;
  report_count: number;
}

/** What a public view of a case is made of: the case's own columns, its first report's text and its report count. */
const CASE_COLUMNS = `c.id, c.status, c.work_status, c.category_main, c.category_sub, c.sensitivity, c.lat, c.lon, c.opened_at, c.last_report_at,
              (SELECT cr.description FROM case_reports cr WHERE cr.case_id = c.id AND cr.description <> ''
                ORDER BY cr.submitted_at, cr.report_id LIMIT 1) AS first_description,
              (SELECT count(*)::int FROM case_reports cr WHERE cr.case_id = c.id) AS report_count`;

/**
 * Open cases in categories that may be shown in public, read through the partial indexes on open cases of
 * sensitivity 1-2. The categories come from the catalogue in force, so a category made more sensitive since a
 * case opened disappears from the map at once.
 */
@Injectable()
export class PublicCasesQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CategoryCatalogue,
  ) {}

  readonly sensitivityOf: SensitivityOf = (category) => this.catalogue.resolve(category).sensitivity;

  async find(filter: PublicCaseFilter, tx: EntityManager = this.dataSource.manager): Promise<StoredCaseRow[]> {
    const { mains, sensitiveSubs } = this.publicCategories();
    const params: unknown[] = [mains, sensitiveSubs, MAX_PUBLIC_SENSITIVITY];
    const where = [`c.status = 'open'`, `c.sensitivity <= $3`, `c.category_main = ANY($1)`, `(c.category_sub IS NULL OR NOT (c.category_sub = ANY($2)))`];
    const add = (clause: (n: (value: unknown) => string) => string) => where.push(clause((value) => `$${params.push(value)}`));
    if (filter.caseId) add((p) => `c.id = ${p(filter.caseId)}`);
    if (filter.reportId) add((p) => `c.id = (SELECT r.case_id FROM case_reports r WHERE r.report_id = ${p(filter.reportId)})`);
    if (filter.mains) add((p) => `c.category_main = ANY(${p(filter.mains)})`);
    if (filter.category) add((p) => { const code = p(filter.category); return `(c.category_main = ${code} OR c.category_sub = ${code})`; });
    if (filter.bbox) {
      const { minLon, minLat, maxLon, maxLat } = filter.bbox;
      add((p) => `c.lat BETWEEN ${p(minLat)} AND ${p(maxLat)} AND c.lon BETWEEN ${p(minLon)} AND ${p(maxLon)}`);
    }
    const limit = `$${params.push(filter.limit)}`;
    const offset = `$${params.push(filter.offset)}`;
    const rows: Row[] = await tx.query(
      `SELECT ${CASE_COLUMNS}
         FROM cases c
        WHERE ${where.join(' AND ')}
        ORDER BY c.opened_at DESC, c.id
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return rows.map(toStored);
  }

  /**
   * For a neighbourhood digest: cases in public categories inside `bbox` that opened in [since, until), and those
   * whose outcome came in it (resolved while still open, or closed). Oldest first, at most `limit`.
   */
  async changedBetween(bbox: NonNullable<PublicCaseFilter['bbox']>, since: Date, until: Date, limit: number): Promise<(StoredCaseRow & { resolvedAt: Date | null; closedAt: Date | null })[]> {
    const { mains, sensitiveSubs } = this.publicCategories();
    const rows: (Row & { work_status_at: Date | null; closed_at: Date | null })[] = await this.dataSource.manager.query(
      `SELECT ${CASE_COLUMNS}, c.work_status_at, c.closed_at
         FROM cases c
        WHERE c.sensitivity <= $3 AND c.category_main = ANY($1) AND (c.category_sub IS NULL OR NOT (c.category_sub = ANY($2)))
          AND c.lat BETWEEN $4 AND $5 AND c.lon BETWEEN $6 AND $7
          AND ((c.opened_at >= $8 AND c.opened_at < $9)
               OR (c.status = 'closed' AND c.closed_at >= $8 AND c.closed_at < $9)
               OR (c.status = 'open' AND c.work_status = 'resolved' AND c.work_status_at >= $8 AND c.work_status_at < $9))
        ORDER BY c.opened_at, c.id
        LIMIT $10`,
      [mains, sensitiveSubs, MAX_PUBLIC_SENSITIVITY, bbox.minLat, bbox.maxLat, bbox.minLon, bbox.maxLon, since, until, limit],
    );
    return rows.map((row) => ({
      ...toStored(row),
      resolvedAt: row.status === 'open' && row.work_status === 'resolved' && row.work_status_at ? new Date(row.work_status_at) : null,
      closedAt: row.status === 'closed' && row.closed_at ? new Date(row.closed_at) : null,
    }));
  }

  /** Main categories of sensitivity 1-2 in the catalogue in force, and their subcategories that are more sensitive. */
  private publicCategories(): { mains: string[]; sensitiveSubs: string[] } {
    const mains: string[] = [];
    const sensitiveSubs: string[] = [];
    for (const category of this.catalogue.all()) {
      if (category.sensitivity > MAX_PUBLIC_SENSITIVITY) continue;
      mains.push(category.code);
      for (const sub of category.sub) if ((sub.sensitivity ?? category.sensitivity) > MAX_PUBLIC_SENSITIVITY) sensitiveSubs.push(sub.code);
    }
    return { mains, sensitiveSubs };
  }
}

function toStored(row: Row): StoredCaseRow {
  return {
    id: row.id,
    status: row.status,
    workStatus: row.work_status,
    categoryMain: row.category_main,
    categorySub: row.category_sub,
    sensitivity: Number(row.sensitivity),
    lat: Number(row.lat),
    lon: Number(row.lon),
    openedAt: new Date(row.opened_at),
    lastReportAt: new Date(row.last_report_at),
    firstDescription: row.first_description,
    reportCount: Number(row.report_count),
  };
}
