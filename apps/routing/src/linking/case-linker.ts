import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  CandidateIndex, decideLink, DEFAULT_LINKING_RULES, IncomingReport, LinkDecision, OpenCaseSummary,
} from '@loket/incident-linking';

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
  updated_at: Date;
}

/** How far back each catch-up looks again, for changes committed late by concurrent transactions. */
const OVERLAP_MS = 10_000;

/**
 * Finds the open case a new report likely belongs to. Open cases live in an in-memory index over place and
 * time; before each decision it catches up with what changed in the database since the last one (any instance
 * of routing may have opened or closed cases), through the index on `updated_at`.
 */
@Injectable()
export class CaseLinker {
  private readonly index = new CandidateIndex();
  private syncedUpTo: Date | null = null;

  async decide(tx: EntityManager, report: IncomingReport): Promise<LinkDecision> {
    await this.catchUp(tx);
    return decideLink(report, this.index.candidates(report, DEFAULT_LINKING_RULES), DEFAULT_LINKING_RULES);
  }

  private async catchUp(tx: EntityManager): Promise<void> {
    const rows: CaseRow[] = this.syncedUpTo
      ? await tx.query(
          `SELECT id, status, category_main, category_sub, lat, lon, first_report_at, last_report_at, link_text, updated_at
             FROM cases WHERE updated_at >= $1 ORDER BY updated_at`,
          [new Date(this.syncedUpTo.getTime() - OVERLAP_MS)],
        )
      : await tx.query(
          `SELECT id, status, category_main, category_sub, lat, lon, first_report_at, last_report_at, link_text, updated_at
             FROM cases WHERE status = 'open' ORDER BY updated_at`,
        );
    for (const row of rows) {
      if (row.status === 'open') this.index.upsert(summaryOf(row));
      else this.index.remove(row.id);
      if (!this.syncedUpTo || row.updated_at > this.syncedUpTo) this.syncedUpTo = row.updated_at;
    }
    this.syncedUpTo ??= new Date(0);
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
