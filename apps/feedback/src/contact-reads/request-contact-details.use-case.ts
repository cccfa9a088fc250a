import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { CaseReportRecord } from '../case-links/case-report.entity';
import { ContactDetailsVault } from '../reporters/contact-details';
import { ReporterRecord } from '../reporters/reporter.entity';
import { CaseAccess } from './case-access';
import { ContactReadLog } from './contact-read-log';
import { ContactDetailsResponse } from './contact-reads.dto';
import { RefusedRead } from './refused-read';

/**
 * A professional whose organisation holds the case asks, with a reason, for the contact details of the
 * reporter of one of its reports. Only with that reporter's consent to professional contact (else 403);
 * a case of another organisation, or a report not on this case, is a 404. The read is logged in the same
 * transaction, a refused attempt right after with the refusal; the answer holds this one reporter's details
 * and nobody else's.
 */
@Injectable()
export class RequestContactDetails {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly vault: ContactDetailsVault,
    private readonly log: ContactReadLog,
  ) {}

  async execute(principal: Principal, caseId: string, reportId: string, reason: string, now: Date = new Date()): Promise<ContactDetailsResponse> {
    try {
      return await this.read(principal, caseId, reportId, reason, now);
    } catch (error) {
      if (!(error instanceof RefusedRead)) throw error;
      await this.log.recordRefusal(this.dataSource.manager, {
        purpose: 'professional-request',
        reader: { subject: principal.subject, username: principal.username, organisation: principal.organisation },
        reason,
        reportId,
        caseId,
        refusal: error.refusal,
        at: now,
      });
      throw error.problem;
    }
  }

  private read(principal: Principal, caseId: string, reportId: string, reason: string, now: Date): Promise<ContactDetailsResponse> {
    return this.dataSource.transaction(async (tx) => {
      await this.access.requireHeldBy(tx, principal, caseId);
      const link = await tx.findOneBy(CaseReportRecord, { reportId, caseId });
      const reporter = link ? await tx.findOneBy(ReporterRecord, { reportId }) : null;
      if (!reporter) throw new RefusedRead('no-such-report-on-case', ProblemException.notFound('No reporter of this report on this case'));
      if (reporter.erasedAt) throw new RefusedRead('reporter-erased', ProblemException.notFound('No reporter of this report on this case'));
      if (!reporter.consentToProfessionalContact) {
        throw new RefusedRead(
          'no-consent',
          new ProblemException(403, 'no-consent', 'Not allowed', 'This reporter did not consent to be contacted by a professional'),
        );
      }
      if (!reporter.contactDetails) {
        throw new RefusedRead('no-details-held', ProblemException.notFound('Loket holds no contact details for this reporter (any more)'));
      }
      const details = this.vault.open(reporter.reportId, reporter.contactDetails);
      await this.log.record(tx, {
        purpose: 'professional-request',
        reader: { subject: principal.subject, username: principal.username, organisation: principal.organisation },
        reason,
        reportId,
        reporterRef: reporter.reporterRef,
        caseId,
        at: now,
      });
      return { reportId, ...details, readAt: now.toISOString() };
    });
  }
}
