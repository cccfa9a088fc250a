import { Injectable } from '@nestjs/common';
import type { Principal } from '@loket/auth';
import { AgencySignal } from '../../agencies/agency-signal';
import { AuditTrail } from '../../audit/audit-trail';
import { readIsOversight } from '@loket/need-to-know';
import { ReporterQuestions } from '../ask-reporter/reporter-questions';
import { CaseAccess } from '../case-access';
import { restrictedReaderOf } from '../case-scope';
import { CaseJournal } from '../persistence/case-journal';
import { CaseRepository } from '../persistence/case-repository';
import { CaseReferrals } from '../referral/case-referrals';
import { withinCutOff } from '../referral/readable-case';
import { toReferralResponse } from '../referral/referral.response';
import { CaseFileResponse, toCaseFile } from './case-file.response';

/**
 * The case file, with only the notes and timeline entries the caller's organisation may read (a coordinator
 * reading another organisation's case, or a content reader, sees none of its internal notes); for an
 * organisation that referred the case away, only what happened up to the referral. Every read is audited, a
 * coordinator's or content reader's read of another organisation's report texts marked `oversight`.
 */
@Injectable()
export class ShowCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly cases: CaseRepository,
    private readonly journal: CaseJournal,
    private readonly referrals: CaseReferrals,
    private readonly audit: AuditTrail,
    private readonly agencies: AgencySignal,
    private readonly questions: ReporterQuestions,
  ) {}

  async execute(principal: Principal, caseId: string): Promise<CaseFileResponse> {
    const { record, cutOff } = await this.access.readableCase(principal, caseId);
    await this.audit.recordRead(principal, {
      action: 'case.read',
      caseId: record.id,
      details: { referredAway: cutOff !== null, oversight: readIsOversight(principal, record), reportText: true },
    });
    const until = cutOff?.referredAt;
    const reader = restrictedReaderOf(principal);
    const [reports, notes, timeline, referrals, otherAgencies, questions] = await Promise.all([
      this.cases.reportsOf(record.id),
      this.journal.notesFor(record.id, reader, until),
      this.journal.timelineFor(record.id, reader, until),
      cutOff ? null : this.referrals.latestOf([record.id]),
      cutOff ? [] : this.agencies.otherAgenciesFor(record),
      this.questions.ofCase(record, until),
    ]);
    const referral = cutOff ?? referrals?.get(record.id) ?? null;
    return {
      ...toCaseFile({ record, reports: reports.filter((r) => withinCutOff(r.linkedAt, cutOff)), notes, timeline }),
      referral: referral ? toReferralResponse(referral) : null,
      otherAgencies,
      questions,
    };
  }
}
