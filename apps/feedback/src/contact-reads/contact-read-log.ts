import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ContactDetailReadRecord, ContactReadOutcome, ContactReadPurpose } from './contact-detail-read.entity';

export interface ContactRead {
  purpose: ContactReadPurpose;
  reader: { subject: string; username: string; organisation: string | null } | null;
  reason: string;
  reportId: string;
  reporterRef: string;
  caseId: string | null;
  at: Date;
}

/** An attempt that was refused: who asked, about what, why it was refused. */
export interface RefusedContactRead {
  purpose: ContactReadPurpose;
  reader: { subject: string; username: string; organisation: string | null };
  reason: string | null;
  reportId: string | null;
  caseId: string;
  refusal: string;
  at: Date;
}

export interface ContactReadFilter {
  outcome?: ContactReadOutcome;
  reportId?: string;
  reporterRef?: string;
  organisation?: string;
  since?: Date;
  until?: Date;
  limit: number;
}

/**
 * The audit log of contact-detail reads. `record` belongs in the transaction of the read itself; `recordRefusal`
 * runs after the refused transaction rolled back (its own statement), so a refusal is kept although nothing else is.
 */
@Injectable()
export class ContactReadLog {
  async record(tx: EntityManager, read: ContactRead): Promise<void> {
    await tx.insert(ContactDetailReadRecord, {
      id: randomUUID(),
      readAt: read.at,
      purpose: read.purpose,
      outcome: 'read',
      refusal: null,
      readerSubject: read.reader?.subject ?? null,
      readerUsername: read.reader?.username ?? null,
      organisation: read.reader?.organisation ?? null,
      reason: read.reason.slice(0, 1000),
      reportId: read.reportId,
      reporterRef: read.reporterRef,
      caseId: read.caseId,
    });
  }

  async recordRefusal(tx: EntityManager, attempt: RefusedContactRead): Promise<void> {
    // the reporter is named when the report is on the case named (whoever holds it): whose data was asked for
    const reporter: { reporter_ref: string }[] = attempt.reportId
      ? await tx.query(
          `SELECT r.reporter_ref FROM reporters r JOIN case_reports cr ON cr.report_id = r.report_id WHERE r.report_id = $1 AND cr.case_id = $2`,
          [attempt.reportId, attempt.caseId],
        )
      : [];
    await tx.insert(ContactDetailReadRecord, {
      id: randomUUID(),
      readAt: attempt.at,
      purpose: attempt.purpose,
      outcome: 'refused',
      refusal: attempt.refusal.slice(0, 64),
      readerSubject: attempt.reader.subject,
      readerUsername: attempt.reader.username,
      organisation: attempt.reader.organisation,
      reason: (attempt.reason ?? '').slice(0, 1000),
      reportId: attempt.reportId,
      reporterRef: reporter[0]?.reporter_ref ?? null,
      caseId: attempt.caseId,
    });
  }

  /** The reads of one report's contact details (not the refused attempts): what its reporter is shown. */
  ofReport(tx: EntityManager, reportId: string): Promise<ContactDetailReadRecord[]> {
    return tx.find(ContactDetailReadRecord, { where: { reportId, outcome: 'read' }, order: { readAt: 'ASC' } });
  }

  /** Newest first. */
  query(tx: EntityManager, filter: ContactReadFilter): Promise<ContactDetailReadRecord[]> {
    const query = tx.createQueryBuilder(ContactDetailReadRecord, 'read').orderBy('read.read_at', 'DESC').addOrderBy('read.id', 'DESC').limit(filter.limit);
    if (filter.outcome) query.andWhere('read.outcome = :outcome', { outcome: filter.outcome });
    if (filter.reportId) query.andWhere('read.report_id = :reportId', { reportId: filter.reportId });
    if (filter.reporterRef) query.andWhere('read.reporter_ref = :reporterRef', { reporterRef: filter.reporterRef });
    if (filter.organisation) query.andWhere('read.organisation = :organisation', { organisation: filter.organisation });
    if (filter.since) query.andWhere('read.read_at >= :since', { since: filter.since });
    if (filter.until) query.andWhere('read.read_at < :until', { until: filter.until });
    return query.getMany();
  }
}
