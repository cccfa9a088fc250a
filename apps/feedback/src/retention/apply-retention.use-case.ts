import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ReporterForgotten } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { SubjectKeyVault } from '@loket/persistence';
import { RetentionRecord } from './retention-record.entity';

export abstract class RetentionSettings {
  abstract readonly days: number;
}

interface DueReport {
  report_id: string;
  /** Null for a report that never joined a case. */
  case_id: string | null;
  closed_at: Date | null;
}

const BATCH = 200;

/**
 * Removes what a closed case no longer needs of its reporters: contact details, the texts of the messages
 * they were sent, their satisfaction remarks and the notes written for them, once the case has been closed
 * for the retention period (a case reopened since is not closed). What stays is what statistics need: the reporter's pseudonym, tier,
 * level and stages. Each removal is logged with counts, never content, and announced in the same transaction as
 * `reporter.forgotten` (reason retention), so the other services forget the report's text, address and photos;
 * the report's key in the key vault is destroyed, so what the events on the bus said about the reporter cannot be
 * read any more (crypto-shredding).
 * A report that never joined a case is treated alike once it was received that long ago.
 */
@Injectable()
export class ApplyRetention {
  private readonly logger = new Logger(ApplyRetention.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: RetentionSettings,
    private readonly outbox: Outbox,
    private readonly subjectKeys: SubjectKeyVault,
  ) {}

  /** One pass at `now`; returns how many reports it anonymised. */
  async run(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - this.settings.days * 86_400_000);
    let total = 0;
    for (;;) {
      const done = await this.dataSource.transaction((tx) => this.batch(tx, cutoff, now));
      total += done;
      if (done < BATCH) break;
    }
    if (total > 0) this.logger.log(`retention removed contact details and texts of ${total} report(s)`);
    await this.forgetSpentLinks(now);
    return total;
  }

  /** Revocations of links that have expired anyway, and data-link requests older than the hour they limit. */
  private async forgetSpentLinks(now: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM revoked_reporter_links WHERE expires_at < $1`, [now]);
    await this.dataSource.query(`DELETE FROM data_link_requests WHERE requested_at < $1`, [new Date(now.getTime() - 86_400_000)]);
  }

  private async batch(tx: EntityManager, cutoff: Date, now: Date): Promise<number> {
    const onClosedCases: DueReport[] = await tx.query(
      `SELECT r.report_id, cr.case_id, last.occurred_at AS closed_at
         FROM reporters r
         JOIN case_reports cr ON cr.report_id = r.report_id
         JOIN LATERAL (SELECT stage, occurred_at FROM case_stages s WHERE s.case_id = cr.case_id
                        ORDER BY occurred_at DESC LIMIT 1) last ON true
        WHERE last.stage = 'closed' AND last.occurred_at < $1 AND r.erased_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM retention_log l WHERE l.report_id = r.report_id)
        ORDER BY last.occurred_at
        LIMIT $2
        FOR UPDATE OF r SKIP LOCKED`,
      [cutoff, BATCH],
    );
    // A report that never joined a case (its routing failed for good, or it was never routed) is kept no longer
    // than one that did: the period counts from when it was received.
    const withoutCase: DueReport[] = await tx.query(
      `SELECT r.report_id, NULL AS case_id, NULL AS closed_at
         FROM reporters r
        WHERE r.received_at < $1 AND r.erased_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM case_reports cr WHERE cr.report_id = r.report_id)
          AND NOT EXISTS (SELECT 1 FROM retention_log l WHERE l.report_id = r.report_id)
        ORDER BY r.received_at
        LIMIT $2
        FOR UPDATE OF r SKIP LOCKED`,
      [cutoff, BATCH],
    );
    for (const report of [...onClosedCases, ...withoutCase]) await this.forget(tx, report, now);
    return Math.max(onClosedCases.length, withoutCase.length);
  }

  /** Removes one reporter's contact details and texts, logs it with counts only and announces it. */
  private async forget(tx: EntityManager, report: DueReport, now: Date): Promise<void> {
    await this.subjectKeys.forget([report.report_id]);
    const contact = await tx.query(
      `UPDATE reporters SET contact_details = NULL, receipt_tracking_code = NULL, has_email = false WHERE report_id = $1 AND contact_details IS NOT NULL RETURNING report_id`,
      [report.report_id],
    );
    const messages = await tx.query(`DELETE FROM reporter_messages WHERE report_id = $1 RETURNING id`, [report.report_id]);
    const remarks = await tx.query(
      `UPDATE satisfaction_answers SET remark = NULL WHERE report_id = $1 AND remark IS NOT NULL RETURNING id`,
      [report.report_id],
    );
    const notes = report.case_id
      ? await tx.query(
          `DELETE FROM case_notes n WHERE n.case_id = $1 AND NOT EXISTS (
             SELECT 1 FROM case_reports cr JOIN reporters r ON r.report_id = cr.report_id
              WHERE cr.case_id = n.case_id AND r.report_id <> $2 AND r.erased_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM retention_log l WHERE l.report_id = r.report_id))
           RETURNING note_id`,
          [report.case_id, report.report_id],
        )
      : [];
    await tx.insert(RetentionRecord, {
      reportId: report.report_id,
      caseId: report.case_id,
      caseClosedAt: report.closed_at,
      removed: { contactDetails: rowsOf(contact) > 0, messages: rowsOf(messages), notes: rowsOf(notes), remarks: rowsOf(remarks) },
      appliedAt: now,
    });
    await this.outbox.add(tx, ReporterForgotten, { reportId: report.report_id, reason: 'retention', forgottenAt: now.toISOString() });
  }
}

/** TypeORM returns `[rows, count]` for UPDATE/DELETE … RETURNING on PostgreSQL. */
function rowsOf(result: unknown): number {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0].length;
  return Array.isArray(result) ? result.length : 0;
}
