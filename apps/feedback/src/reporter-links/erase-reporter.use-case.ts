import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource, EntityManager } from 'typeorm';
import { ReporterForgotten } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { SubjectKeyVault } from '@loket/persistence';
import { ErasureRecord } from './erasure-record.entity';
import { ReporterLinks } from './reporter-links';

export class ErasureResponse {
  @ApiProperty({ format: 'date-time' })
  erasedAt!: string;

  @ApiProperty({ description: 'What was removed: counts and field names, never content' })
  removed!: ErasureRecord['removed'];
}

/**
 * The reporter a link names asked to be forgotten. At once, in one transaction: contact details and every
 * text they were sent or wrote are removed, their consents are off (so later case events plan nothing for
 * them), their tracking code and every link they hold stop opening anything. The notes written for a case's
 * reporters go too when no other reporter of the case still needs them. What remains is what statistics
 * need (pseudonym, tier, stages); what was removed is logged in counts, as retention does. In the same
 * transaction `reporter.forgotten` goes into the outbox, so intake, routing and the workbench forget the report's
 * text, address and photos too. The report's key in the key vault is destroyed first, so what the events on the bus
 * said about the reporter can no longer be read by anyone (crypto-shredding).
 */
@Injectable()
export class EraseReporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: ReporterLinks,
    private readonly outbox: Outbox,
    private readonly subjectKeys: SubjectKeyVault,
  ) {}

  execute(token: string, now: Date = new Date()): Promise<ErasureResponse> {
    return this.dataSource.transaction(async (tx) => {
      const { reporter } = await this.links.open(tx, token, ['erase'], { forUpdate: true });
      // outside this transaction: should it roll back, the erasure is asked again and the key stays destroyed
      await this.subjectKeys.forget([reporter.reportId]);
      const removed = { contactDetails: reporter.contactDetails !== null, ...(await eraseReporter(tx, reporter.reportId, now)) };
      await tx.insert(ErasureRecord, { reportId: reporter.reportId, removed, erasedAt: now });
      await this.outbox.add(tx, ReporterForgotten, { reportId: reporter.reportId, reason: 'erasure', forgottenAt: now.toISOString() });
      return { erasedAt: now.toISOString(), removed };
    });
  }
}

async function eraseReporter(tx: EntityManager, reportId: string, now: Date): Promise<Omit<ErasureRecord['removed'], 'contactDetails'>> {
  // A hash no code has: the old tracking code opens nothing any more (the column is unique and required).
  const unusable = createHash('sha256').update(`erased:${reportId}:${randomBytes(16).toString('hex')}`).digest('hex');
  await tx.query(
    `UPDATE reporters
        SET contact_details = NULL, receipt_tracking_code = NULL, has_email = false, consent_to_contact = false, consent_to_professional_contact = false,
            tracking_code_hash = $2, erased_at = $3
      WHERE report_id = $1`,
    [reportId, unusable, now],
  );
  const messages = rowsOf(await tx.query(`DELETE FROM reporter_messages WHERE report_id = $1 RETURNING id`, [reportId])).length;
  const remarks = rowsOf(
    await tx.query(`UPDATE satisfaction_answers SET remark = NULL WHERE report_id = $1 AND remark IS NOT NULL RETURNING id`, [reportId]),
  ).length;
  const notes = rowsOf(
    await tx.query(
      `DELETE FROM case_notes n
        USING case_reports mine
        WHERE mine.report_id = $1 AND n.case_id = mine.case_id
          AND NOT EXISTS (
            SELECT 1 FROM case_reports cr JOIN reporters r ON r.report_id = cr.report_id
             WHERE cr.case_id = n.case_id AND r.report_id <> $1 AND r.erased_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM retention_log l WHERE l.report_id = r.report_id))
        RETURNING n.note_id`,
      [reportId],
    ),
  ).length;
  return { messages, remarks, notes, trackingCode: true };
}

/** TypeORM returns `[rows, count]` for UPDATE/DELETE … RETURNING on PostgreSQL. */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0] as unknown[];
  return Array.isArray(result) ? result : [];
}
