import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ContactDetailReadRecord, ContactReadPurpose } from './contact-detail-read.entity';

export interface ContactRead {
  purpose: ContactReadPurpose;
  reader: { subject: string; username: string; organisation: string | null } | null;
  reason: string;
  reportId: string;
  reporterRef: string;
  caseId: string | null;
  at: Date;
}

export interface ContactReadFilter {
  reportId?: string;
  reporterRef?: string;
  organisation?: string;
  since?: Date;
  until?: Date;
  limit: number;
}

/** The audit log of contact-detail reads. `record` belongs in the transaction of the read itself. */
@Injectable()
export class ContactReadLog {
  async record(tx: EntityManager, read: ContactRead): Promise<void> {
    await tx.insert(ContactDetailReadRecord, {
      id: randomUUID(),
      readAt: read.at,
      purpose: read.purpose,
      readerSubject: read.reader?.subject ?? null,
      readerUsername: read.reader?.username ?? null,
      organisation: read.reader?.organisation ?? null,
      reason: read.reason.slice(0, 1000),
      reportId: read.reportId,
      reporterRef: read.reporterRef,
      caseId: read.caseId,
    });
  }

  ofReport(tx: EntityManager, reportId: string): Promise<ContactDetailReadRecord[]> {
    return tx.find(ContactDetailReadRecord, { where: { reportId }, order: { readAt: 'ASC' } });
  }

  /** Newest first. */
  query(tx: EntityManager, filter: ContactReadFilter): Promise<ContactDetailReadRecord[]> {
    const query = tx.createQueryBuilder(ContactDetailReadRecord, 'read').orderBy('read.read_at', 'DESC').addOrderBy('read.id', 'DESC').limit(filter.limit);
    if (filter.reportId) query.andWhere('read.report_id = :reportId', { reportId: filter.reportId });
    if (filter.reporterRef) query.andWhere('read.reporter_ref = :reporterRef', { reporterRef: filter.reporterRef });
    if (filter.organisation) query.andWhere('read.organisation = :organisation', { organisation: filter.organisation });
    if (filter.since) query.andWhere('read.read_at >= :since', { since: filter.since });
    if (filter.until) query.andWhere('read.read_at < :until', { until: filter.until });
    return query.getMany();
  }
}
