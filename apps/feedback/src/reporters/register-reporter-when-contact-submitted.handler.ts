import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, ReporterContactSubmittedV1 } from '@loket/contracts';
import { openReporterDetails, SealingPrivateKeys } from '../crypto/sealed-details-opener';
import { trackingCodeHash, trackingCodeHint } from '../crypto/tracking-code-hash';
import { CaseDirectory } from '../case-links/case-directory';
import { lockReport } from '../case-links/reporter-locks';
import { CatchUpReporter } from '../messages/catch-up-reporter';
import { DisclosurePolicy } from '../messages/disclosure-policy';
import { MessageBook } from '../messages/message-book';
import { planMessage, ReporterFacts } from '../messages/plan-message';
import { ContactDetailsVault } from './contact-details';
import { ReceiptCodeKeeper } from './receipt-code-keeper';
import { ReporterRecord } from './reporter.entity';
import { SubjectKeys } from './subject-keys';

/**
 * Intake sealed a reporter's details for us: open them, keep the contact details encrypted and the tracking
 * code as a hash only, and plan the receipt. When the case is known already, catch up with it.
 */
@Injectable()
export class RegisterReporterWhenContactSubmitted {
  constructor(
    private readonly keys: SealingPrivateKeys,
    private readonly vault: ContactDetailsVault,
    private readonly cases: CaseDirectory,
    private readonly messages: MessageBook,
    private readonly catchUp: CatchUpReporter,
    private readonly policy: DisclosurePolicy,
    private readonly receiptCodes: ReceiptCodeKeeper,
    private readonly subjectKeys: SubjectKeys,
  ) {}

  async handle(event: EventEnvelope<ReporterContactSubmittedV1>, tx: EntityManager): Promise<void> {
    const { reportId, reporterRef, sealed } = event.payload;
    const details = openReporterDetails(sealed, this.keys);
    await lockReport(tx, reportId);
    const reporter: ReporterFacts = {
      reportId,
      reporterRef,
      tier: details.tier,
      language: details.language,
      consentToContact: details.consentToContact,
      hasEmail: Boolean(details.contact?.email),
      receivedAt: new Date(event.occurredAt),
      trackingCodeHint: trackingCodeHint(details.trackingCode),
    };
    const inserted: unknown[] = await tx
      .createQueryBuilder()
      .insert()
      .into(ReporterRecord)
      .values({
        ...reporter,
        trackingCodeHash: trackingCodeHash(details.trackingCode),
        contactDetails: this.vault.seal(reportId, details.contact),
        consentToProfessionalContact: details.consentToProfessionalContact === true,
        subjectKey: details.subject ? this.subjectKeys.of(details.subject) : null,
        registeredEventId: event.id,
      })
      .orIgnore()
      .returning(['report_id'])
      .execute()
      .then((result) => result.raw as unknown[]);
    if (inserted.length === 0) return; // registered before (the same report told twice)
    const kase = await this.cases.ofReport(tx, reportId);
    const receipt = planMessage(
      { stage: 'received', eventId: event.id, occurredAt: reporter.receivedAt, trackingCode: details.trackingCode },
      reporter,
      kase,
      this.policy,
    );
    await this.messages.write(tx, receipt ? [receipt] : []);
    if (kase) await this.catchUp.run(tx, reportId);
    else if (!receipt) await this.receiptCodes.keep(tx, reportId, details.trackingCode); // planned once the case is known
  }
}
