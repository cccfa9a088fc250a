import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { CaseAccess } from './case-access';
import { ContactReadLog } from './contact-read-log';
import { RefusedRead } from './refused-read';
import { CaseReporterView } from './contact-reads.dto';

/**
 * The reporters of a case, one per report, as a professional of the holding organisation may know them:
 * whether they consented to professional contact and whether details are held. No names, no pseudonyms,
 * no contact details: asking for those is the audited request. A refused listing is in the audit log.
 */
@Injectable()
export class ListCaseReporters {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly log: ContactReadLog,
  ) {}

  async execute(principal: Principal, caseId: string, now: Date = new Date()): Promise<CaseReporterView[]> {
    const tx = this.dataSource.manager;
    try {
      await this.access.requireHeldBy(tx, principal, caseId);
    } catch (error) {
      if (!(error instanceof RefusedRead)) throw error;
      await this.log.recordRefusal(tx, {
        purpose: 'reporter-list',
        reader: { subject: principal.subject, username: principal.username, organisation: principal.organisation },
        reason: null,
        reportId: null,
        caseId,
        refusal: error.refusal,
        at: now,
      });
      throw error.problem;
    }
    const rows: { report_id: string; consent: boolean; held: boolean }[] = await tx.query(
      `SELECT r.report_id, r.consent_to_professional_contact AS consent, (r.contact_details IS NOT NULL) AS held
         FROM case_reports cr JOIN reporters r ON r.report_id = cr.report_id
        WHERE cr.case_id = $1 AND r.erased_at IS NULL
        ORDER BY r.received_at`,
      [caseId],
    );
    return rows.map((row) => ({ reportId: row.report_id, professionalContactConsent: row.consent, contactDetailsHeld: row.held }));
  }
}
