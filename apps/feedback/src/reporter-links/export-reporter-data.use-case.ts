import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseReportRecord } from '../case-links/case-report.entity';
import { ContactReadLog } from '../contact-reads/contact-read-log';
import { FieldCipher } from '../crypto/field-cipher';
import { MessageBook } from '../messages/message-book';
import { ContactDetailsVault } from '../reporters/contact-details';
import { SatisfactionAnswerRecord } from '../satisfaction/satisfaction-answer.entity';
import { remarkContext } from '../satisfaction/satisfaction-remark';
import { ReporterDataExport } from './reporter-data-export.dto';
import { ReporterLinks } from './reporter-links';

/**
 * Everything the feedback service holds about the reporter a link names — and nothing of anyone else: their
 * contact details (decrypted; the read is logged), consents, the report and case they are linked to, the
 * messages they were sent, their satisfaction answers and every read of their contact details (this one too).
 */
@Injectable()
export class ExportReporterData {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: ReporterLinks,
    private readonly vault: ContactDetailsVault,
    private readonly messages: MessageBook,
    private readonly cipher: FieldCipher,
    private readonly reads: ContactReadLog,
  ) {}

  execute(token: string, now: Date = new Date()): Promise<ReporterDataExport> {
    return this.dataSource.transaction(async (tx) => {
      const { reporter, link } = await this.links.open(tx, token, ['export']);
      await this.links.revoke(tx, link, 'used', now); // a data link works once
      const links = await tx.find(CaseReportRecord, { where: { reportId: reporter.reportId } });
      const contactDetails = this.vault.open(reporter.reportId, reporter.contactDetails);
      await this.reads.record(tx, {
        purpose: 'reporter-export',
        reader: null,
        reason: 'The reporter asked for their data through their signed link',
        reportId: reporter.reportId,
        reporterRef: reporter.reporterRef,
        caseId: links[0]?.caseId ?? null,
        at: now,
      });
      const messages = await this.messages.ofReport(tx, reporter.reportId);
      const answers = await tx.find(SatisfactionAnswerRecord, { where: { reportId: reporter.reportId }, order: { recordedAt: 'ASC' } });
      const reads = await this.reads.ofReport(tx, reporter.reportId);
      return {
        exportedAt: now.toISOString(),
        reporter: {
          reportId: reporter.reportId,
          reporterRef: reporter.reporterRef,
          tier: reporter.tier,
          language: reporter.language,
          receivedAt: reporter.receivedAt.toISOString(),
          trackingCodeHint: reporter.trackingCodeHint,
        },
        contactDetails,
        consents: {
          contact: reporter.consentToContact,
          emailsWithdrawnAt: reporter.emailsWithdrawnAt?.toISOString() ?? null,
          professionalContact: reporter.consentToProfessionalContact,
        },
        cases: links.map((link) => ({ reportId: link.reportId, caseId: link.caseId, linkedAt: link.linkedAt.toISOString() })),
        messages: messages.map((m) => ({
          id: m.id,
          stage: m.stage,
          channel: m.channel,
          status: m.status,
          subject: m.subject,
          body: m.body,
          occurredAt: m.occurredAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
        })),
        satisfaction: answers.map((a) => ({
          caseId: a.caseId,
          satisfied: a.satisfied,
          remark: a.remark === null ? null : this.cipher.decrypt(a.remark, remarkContext(a.id)),
          reopenRequested: a.reopenRequestId !== null,
          recordedAt: a.recordedAt.toISOString(),
        })),
        contactDetailReads: reads.map((r) => ({ at: r.readAt.toISOString(), purpose: r.purpose, organisation: r.organisation, reason: r.reason })),
      };
    });
  }
}
