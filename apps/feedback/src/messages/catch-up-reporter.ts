import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseDirectory } from '../case-links/case-directory';
import { CaseStage } from '../case-links/stage-of-status-change';
import { ReceiptCodeKeeper } from '../reporters/receipt-code-keeper';
import { ReporterDirectory } from '../reporters/reporter-directory';
import { DisclosurePolicy } from './disclosure-policy';
import { MessageBook } from './message-book';
import { Occasion, planMessage } from './plan-message';

/**
 * Brings one reporter up to date with their case once both are known — the contact event and the case
 * event may arrive in either order, and stage or note events may have been consumed before either. Plans
 * the receipt (if it had to wait for the case's sensitivity), every stage and every note since the report;
 * what was planned before is not planned again.
 */
@Injectable()
export class CatchUpReporter {
  constructor(
    private readonly reporters: ReporterDirectory,
    private readonly cases: CaseDirectory,
    private readonly messages: MessageBook,
    private readonly policy: DisclosurePolicy,
    private readonly receiptCodes: ReceiptCodeKeeper,
  ) {}

  /** The reporters of these reports (a case's opening report and those linked to it, whichever event came first). */
  async runFor(tx: EntityManager, reportIds: readonly string[]): Promise<void> {
    for (const reportId of reportIds) await this.run(tx, reportId);
  }

  async run(tx: EntityManager, reportId: string): Promise<void> {
    const reporter = await this.reporters.ofReport(tx, reportId);
    const kase = await this.cases.ofReport(tx, reportId);
    if (!reporter || !kase) return;
    const stages = await this.cases.stages(tx, kase.caseId);
    const notes = await this.cases.notes(tx, kase.caseId);
    // a receipt that waited for the case carries the whole tracking code, kept for it until now
    const trackingCode = this.receiptCodes.open(reportId, reporter.keptReceiptCode);
    const occasions: Occasion[] = [
      { stage: 'received', eventId: reporter.registeredEventId, occurredAt: reporter.receivedAt, trackingCode },
      ...stages.map((s) => ({ stage: s.stage as CaseStage, eventId: s.eventId, occurredAt: s.occurredAt })),
      ...notes.map((n) => ({ stage: 'note-for-reporter' as const, eventId: n.eventId, occurredAt: n.writtenAt, noteText: n.text })),
    ];
    const planned = occasions.flatMap((occasion) => planMessage(occasion, reporter, kase, this.policy) ?? []);
    await this.messages.write(tx, planned);
    if (trackingCode) await this.receiptCodes.forget(tx, reportId); // the case is known: the receipt is decided
  }
}
