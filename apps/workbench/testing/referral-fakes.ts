// In-memory referrals for unit tests, honouring the TypeORM implementation's contract: a case referred away is
// found for the referring organisation only while another organisation holds it.
import type { EntityManager } from 'typeorm';
import type { CaseReferralRecord } from '../src/cases/referral/case-referral.entity';
import { CaseReferrals, ReferredAwayCase } from '../src/cases/referral/case-referrals';
import type { InMemoryCaseRepository } from './workbench-fakes';

export class InMemoryCaseReferrals extends CaseReferrals {
  readonly rows: CaseReferralRecord[] = [];

  constructor(private readonly cases?: InMemoryCaseRepository) {
    super();
  }

  async record(_: EntityManager, referral: CaseReferralRecord): Promise<void> {
    this.rows.push({ ...referral });
  }

  async pendingFor(_: EntityManager, caseId: string): Promise<CaseReferralRecord | null> {
    const pending = this.newestFirst().find((r) => r.caseId === caseId && r.reassignedAt === null);
    return pending ? { ...pending } : null;
  }

  async settle(_: EntityManager, referralId: string, toOrganisation: string, at: Date): Promise<void> {
    const row = this.rows.find((r) => r.id === referralId);
    if (row) Object.assign(row, { toOrganisation, reassignedAt: at });
  }

  async latestOf(caseIds: readonly string[]): Promise<Map<string, CaseReferralRecord>> {
    const latest = new Map<string, CaseReferralRecord>();
    for (const row of [...this.newestFirst()].reverse()) if (caseIds.includes(row.caseId)) latest.set(row.caseId, { ...row });
    return latest;
  }

  async findReferredAway(organisation: string, caseId: string): Promise<ReferredAwayCase | null> {
    const record = this.cases?.records.get(caseId);
    if (!record || record.organisation === organisation) return null;
    const referral = this.newestFirst().find((r) => r.caseId === caseId && r.fromOrganisation === organisation);
    return referral ? { record: { ...record }, referral: { ...referral } } : null;
  }

  private newestFirst(): CaseReferralRecord[] {
    return [...this.rows].sort((a, b) => b.referredAt.getTime() - a.referredAt.getTime());
  }
}
