import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CandidateIndex, decideLink, IncomingReport, LinkDecision, OpenCaseSummary } from '@loket/incident-linking';
import { ActiveLinkingRules } from './learning/active-linking-rules';

interface CaseRow {
  id: string;
  status: 'open' | 'closed';
  category_main: string;
  category_sub: string | null;
  lat: number;
  lon: number;
  first_report_at: Date;
  last_report_at: Date;
  link_text: string;
}

const CASE_COLUMNS = 'id, status, category_main, category_sub, lat, lon, first_report_at, last_report_at, link_text';

/**
 * Finds the open case a new report likely belongs to. Open cases live in an in-memory index over place and
 * time (CandidateIndex), so a decision costs what the cases near the report cost, not what the traffic costs.
 *
 * Keeping the index current: every insert or update of a case records the transaction that made it
 * (`changed_in`, set by a trigger). Before each decision the linker reads the cases changed by transactions at
 * or after its horizon: the oldest transaction that was still running the last time it looked
 * (`pg_snapshot_xmin`). Everything older had ended then, and was seen; a transaction that commits later has an id
 * at or after the horizon and is read next time. So any instance's new cases are found, and only recent changes
 * are read again — not, as before, everything changed in the last ten seconds.
 *
 * The candidates near the report are then read again by id before the decision. A batch of messages shares one
 * transaction (see the messaging library), so the index may have learned of a case that this transaction opened
 * and that was then rolled back, or of a change that never committed; reading the few candidates afresh means a
 * decision never rests on a case that does not exist or on a stale summary of one.
 */
@Injectable()
export class CaseLinker {
  private readonly index = new CandidateIndex();
  /** The oldest transaction id whose changes may not have been read yet; null before the first full read. */
  private horizon: bigint | null = null;

  constructor(private readonly activeRules: ActiveLinkingRules) {}

  /** Decides with the active linking model (the built-in rules until an administrator activates another). */
  async decide(tx: EntityManager, report: IncomingReport): Promise<LinkDecision> {
    const { rules } = await this.activeRules.current(tx);
    await this.catchUp(tx);
    let candidates = this.index.candidates(report, rules);
    if (candidates.length > 0) {
      await this.readAgain(tx, candidates.map((c) => c.summary.caseId));
      candidates = this.index.candidates(report, rules);
    }
    return decideLink(report, candidates, rules);
  }

  private async catchUp(tx: EntityManager): Promise<void> {
    // the horizon is taken in the same statement (the same snapshot) as the rows it stands for
    const rows: (Partial<CaseRow> & { horizon: string })[] =
      this.horizon === null
        ? await tx.query(
            `SELECT h.horizon, c.* FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon) h
               LEFT JOIN (SELECT ${CASE_COLUMNS} FROM cases WHERE status = 'open') c ON true`,
          )
        : await tx.query(
            `SELECT h.horizon, c.* FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon) h
               LEFT JOIN (SELECT ${CASE_COLUMNS} FROM cases WHERE changed_in >= $1) c ON true`,
            [this.horizon.toString()],
          );
    for (const row of rows) if (row.id) this.apply(row as CaseRow);
    const [first] = rows; // the LEFT JOIN always gives at least the horizon's row
    if (!first) throw new Error('the linker read no transaction horizon');
    const horizon = BigInt(first.horizon);
    // decisions run side by side (a batch per partition): the horizon only moves forward
    if (this.horizon === null || horizon > this.horizon) this.horizon = horizon;
  }

  /** Reads these cases as they stand in this transaction: open ones are updated, closed or absent ones leave. */
  private async readAgain(tx: EntityManager, caseIds: string[]): Promise<void> {
    const rows: CaseRow[] = await tx.query(`SELECT ${CASE_COLUMNS} FROM cases WHERE id = ANY($1::uuid[])`, [caseIds]);
    const found = new Set(rows.map((row) => row.id));
    for (const row of rows) this.apply(row);
    for (const caseId of caseIds) if (!found.has(caseId)) this.index.remove(caseId);
  }

  private apply(row: CaseRow): void {
    if (row.status === 'open') this.index.upsert(summaryOf(row));
    else this.index.remove(row.id);
  }
}

function summaryOf(row: CaseRow): OpenCaseSummary {
  return {
    caseId: row.id,
    category: { main: row.category_main, ...(row.category_sub ? { sub: row.category_sub } : {}) },
    location: { lat: row.lat, lon: row.lon },
    openedAt: row.first_report_at,
    lastReportAt: row.last_report_at,
    text: row.link_text,
  };
}
