import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Language, ReporterTier } from '@loket/disclosure-policy';
import { ReporterFacts } from '../messages/plan-message';
import { ReporterRecord } from './reporter.entity';

/** Reads reporters as planning and tracking need them: never their contact details. */
@Injectable()
export class ReporterDirectory {
  /**
   * A report's reporter, with the event that registered them and the tracking code kept (encrypted) for a receipt
   * that waits for its case (ReceiptCodeKeeper opens it), read in the same query.
   */
  async ofReport(tx: EntityManager, reportId: string): Promise<(ReporterFacts & { registeredEventId: string; keptReceiptCode: string | null }) | null> {
    const record = await tx.findOneBy(ReporterRecord, { reportId });
    return record ? { ...factsOf(record), registeredEventId: record.registeredEventId, keptReceiptCode: record.receiptTrackingCode } : null;
  }

  async ofTrackingCodeHash(tx: EntityManager, trackingCodeHash: string): Promise<ReporterFacts | null> {
    const record = await tx.findOneBy(ReporterRecord, { trackingCodeHash });
    return record ? factsOf(record) : null;
  }

  /** The registered reporters of every report linked to a case. */
  async ofCase(tx: EntityManager, caseId: string): Promise<ReporterFacts[]> {
    const records = await tx
      .createQueryBuilder(ReporterRecord, 'reporter')
      .innerJoin('case_reports', 'link', 'link.report_id = reporter.report_id')
      .where('link.case_id = :caseId', { caseId })
      .orderBy('reporter.received_at')
      .getMany();
    return records.map(factsOf);
  }
}

function factsOf(record: ReporterRecord): ReporterFacts {
  return {
    reportId: record.reportId,
    reporterRef: record.reporterRef,
    tier: record.tier as ReporterTier,
    language: record.language as Language,
    consentToContact: record.consentToContact,
    // Withdrawn consent to e-mail: messages are kept for the tracking page instead.
    hasEmail: record.hasEmail && record.emailsWithdrawnAt === null,
    receivedAt: record.receivedAt,
    trackingCodeHint: record.trackingCodeHint,
  };
}
