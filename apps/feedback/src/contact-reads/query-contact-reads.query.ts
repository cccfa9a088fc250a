import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContactReadLog } from './contact-read-log';
import { ContactReadsQuery, ContactReadView } from './contact-reads.dto';

/** The administrator's view of the contact-detail audit log, filtered, newest first. */
@Injectable()
export class QueryContactReads {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: ContactReadLog,
  ) {}

  async execute(query: ContactReadsQuery): Promise<ContactReadView[]> {
    const records = await this.log.query(this.dataSource.manager, {
      outcome: query.outcome,
      reportId: query.reportId,
      reporterRef: query.reporterRef,
      organisation: query.organisation,
      since: query.since ? new Date(query.since) : undefined,
      until: query.until ? new Date(query.until) : undefined,
      limit: query.limit ?? 100,
    });
    return records.map((r) => ({
      id: r.id,
      readAt: r.readAt.toISOString(),
      purpose: r.purpose,
      outcome: r.outcome,
      refusal: r.refusal,
      readerSubject: r.readerSubject,
      readerUsername: r.readerUsername,
      organisation: r.organisation,
      reason: r.reason,
      reportId: r.reportId,
      reporterRef: r.reporterRef,
      caseId: r.caseId,
    }));
  }
}
