import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { CaseFact, InsightFacts, ReportFact } from '@loket/insights';
import { CaseMilestones, InsightStore, ProjectedCase, ProjectedReport } from './insight-store';

@Injectable()
export class TypeormInsightStore extends InsightStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async placeReport(tx: EntityManager, r: ProjectedReport): Promise<void> {
    await tx.query(
      `INSERT INTO insight_reports (report_id, case_id, reporter_ref, area_ids, submitted_at, linked_into_existing, placed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (report_id) DO UPDATE SET case_id = EXCLUDED.case_id, area_ids = EXCLUDED.area_ids,
         linked_into_existing = EXCLUDED.linked_into_existing, placed_at = EXCLUDED.placed_at
       WHERE insight_reports.placed_at < EXCLUDED.placed_at`,
      [r.reportId, r.caseId, r.reporterRef, r.areaIds, r.submittedAt, r.linkedIntoExisting, r.placedAt],
    );
  }

  async addCase(tx: EntityManager, c: ProjectedCase): Promise<void> {
    await tx.query(
      `INSERT INTO insight_cases (case_id, category_main, area_ids, submitted_at, opened_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (case_id) DO NOTHING`,
      [c.caseId, c.categoryMain, c.areaIds, c.submittedAt, c.openedAt],
    );
  }

  async reachMilestones(tx: EntityManager, caseId: string, m: CaseMilestones): Promise<void> {
    await tx.query(
      `INSERT INTO insight_case_milestones (case_id, picked_up_at, resolved_at, closed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id) DO UPDATE SET
         picked_up_at = LEAST(insight_case_milestones.picked_up_at, EXCLUDED.picked_up_at),
         resolved_at = LEAST(insight_case_milestones.resolved_at, EXCLUDED.resolved_at),
         closed_at = LEAST(insight_case_milestones.closed_at, EXCLUDED.closed_at)`,
      [caseId, m.pickedUpAt, m.resolvedAt, m.closedAt],
    );
  }

  async caseOfReport(tx: EntityManager, reportId: string): Promise<string | null> {
    const rows: { case_id: string }[] = await tx.query(
      `SELECT case_id FROM insight_reports WHERE report_id = $1`,
      [reportId],
    );
    return rows[0]?.case_id ?? null;
  }

  async addDelivery(
    tx: EntityManager,
    d: { messageId: string; caseId: string; reporterRef: string; stage: string; deliveredAt: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO insight_deliveries (message_id, case_id, reporter_ref, stage, delivered_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (message_id) DO NOTHING`,
      [d.messageId, d.caseId, d.reporterRef, d.stage, d.deliveredAt],
    );
  }

  async recordAnswer(
    tx: EntityManager,
    a: { caseId: string; reporterRef: string; satisfied: boolean; recordedAt: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO insight_satisfaction (case_id, reporter_ref, satisfied, recorded_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id, reporter_ref) DO UPDATE SET satisfied = EXCLUDED.satisfied, recorded_at = EXCLUDED.recorded_at
       WHERE insight_satisfaction.recorded_at <= EXCLUDED.recorded_at`,
      [a.caseId, a.reporterRef, a.satisfied, a.recordedAt],
    );
  }

  async addReopenRequest(
    tx: EntityManager,
    r: { requestId: string; caseId: string; reporterRef: string; requestedAt: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO insight_reopen_requests (request_id, case_id, reporter_ref, requested_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (request_id) DO NOTHING`,
      [r.requestId, r.caseId, r.reporterRef, r.requestedAt],
    );
  }

  async addMerge(
    tx: EntityManager,
    m: { absorbedCaseId: string; survivingCaseId: string; mergedAt: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO insight_case_merges (absorbed_case_id, surviving_case_id, merged_at) VALUES ($1, $2, $3)
       ON CONFLICT (absorbed_case_id) DO NOTHING`,
      [m.absorbedCaseId, m.survivingCaseId, m.mergedAt],
    );
  }

  /**
   * One repeatable-read snapshot, so the reports, cases and feedback read belong together. Merges are applied
   * here: what names an absorbed case counts for the case it was merged into.
   */
  factsBetween(from: Date, to: Date): Promise<InsightFacts> {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const merges = new CaseMerges(
        await tx.query(`SELECT absorbed_case_id, surviving_case_id FROM insight_case_merges`),
      );
      const reports: ReportRow[] = await tx.query(
        `SELECT report_id, case_id, reporter_ref, area_ids, submitted_at, linked_into_existing
         FROM insight_reports WHERE submitted_at >= $1 AND submitted_at < $2`,
        [from, to],
      );
      const cases: CaseRow[] = await tx.query(
        `SELECT c.case_id, c.category_main, c.area_ids, c.submitted_at, c.opened_at, w.due_at,
                m.picked_up_at, m.resolved_at, m.closed_at
         FROM insight_cases c
         LEFT JOIN insight_case_milestones m ON m.case_id = c.case_id
         LEFT JOIN cases w ON w.id = c.case_id
         WHERE ((c.submitted_at >= $1 AND c.submitted_at < $2) OR c.case_id = ANY($3::uuid[]))
           AND NOT EXISTS (SELECT 1 FROM insight_case_merges x WHERE x.absorbed_case_id = c.case_id)`,
        [from, to, [...new Set(reports.map((r) => merges.finalCaseOf(r.case_id)))]],
      );
      const categories = new Map(cases.map((c) => [c.case_id, c.category_main]));
      const named = [...categories.keys(), ...merges.absorbedInto(new Set(categories.keys()))];
      const of = (sql: string): Promise<FeedbackRow[]> =>
        tx.query(`${sql} WHERE case_id = ANY($1::uuid[])`, [named]);
      const feedback = (row: FeedbackRow) => ({
        caseId: merges.finalCaseOf(row.case_id),
        reporterRef: row.reporter_ref,
      });
      const deliveries = await of(`SELECT case_id, reporter_ref, stage FROM insight_deliveries`);
      const answers = await of(
        `SELECT case_id, reporter_ref, satisfied, recorded_at FROM insight_satisfaction`,
      );
      const reopenRequests = await of(`SELECT case_id, reporter_ref FROM insight_reopen_requests`);
      return {
        reports: reports.flatMap((r) => {
          const caseId = merges.finalCaseOf(r.case_id);
          const category = categories.get(caseId);
          return category === undefined ? [] : [toReportFact(r, caseId, category)];
        }),
        cases: cases.map(toCaseFact),
        deliveries: deliveries.map((d) => ({ ...feedback(d), stage: d.stage ?? '' })),
        answers: answers.map((a) => ({
          ...feedback(a),
          satisfied: a.satisfied === true,
          recordedAt: new Date(a.recorded_at ?? 0),
        })),
        reopenRequests: reopenRequests.map(feedback),
      };
    });
  }
}

/** Which case an absorbed case lives on in, following merges of merges. */
class CaseMerges {
  private readonly into = new Map<string, string>();

  constructor(rows: { absorbed_case_id: string; surviving_case_id: string }[]) {
    for (const row of rows) this.into.set(row.absorbed_case_id, row.surviving_case_id);
  }

  finalCaseOf(caseId: string): string {
    let current = caseId;
    for (let hops = 0; hops < 100 && this.into.has(current); hops++)
      current = this.into.get(current) ?? current;
    return current;
  }

  absorbedInto(survivors: ReadonlySet<string>): string[] {
    return [...this.into.keys()].filter((absorbed) => survivors.has(this.finalCaseOf(absorbed)));
  }
}

interface ReportRow {
  report_id: string;
  case_id: string;
  reporter_ref: string;
  area_ids: string[];
  submitted_at: Date;
  linked_into_existing: boolean;
}

interface CaseRow {
  case_id: string;
  category_main: string;
  area_ids: string[];
  submitted_at: Date;
  opened_at: Date;
  due_at: Date | null;
  picked_up_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
}

interface FeedbackRow {
  case_id: string;
  reporter_ref: string;
  stage?: string;
  satisfied?: boolean;
  recorded_at?: Date;
}

/** A report counts in the case it lives on in; one that moved there by a merge joined an existing case. */
function toReportFact(r: ReportRow, caseId: string, category: string): ReportFact {
  return {
    reportId: r.report_id,
    caseId,
    reporterRef: r.reporter_ref,
    areaIds: r.area_ids,
    category,
    submittedAt: new Date(r.submitted_at),
    linkedIntoExisting: r.linked_into_existing || caseId !== r.case_id,
  };
}

function toCaseFact(c: CaseRow): CaseFact {
  const date = (d: Date | null) => (d ? new Date(d) : null);
  return {
    caseId: c.case_id,
    areaIds: c.area_ids,
    category: c.category_main,
    submittedAt: new Date(c.submitted_at),
    openedAt: new Date(c.opened_at),
    dueAt: date(c.due_at),
    pickedUpAt: date(c.picked_up_at),
    resolvedAt: date(c.resolved_at),
    closedAt: date(c.closed_at),
  };
}
