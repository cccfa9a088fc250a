import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { CaseRecord } from '../persistence/case.entity';
import { CaseReferralRecord } from './case-referral.entity';
import { CaseReferrals, ReferredAwayCase } from './case-referrals';

@Injectable()
export class TypeormCaseReferrals extends CaseReferrals {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async record(tx: EntityManager, referral: CaseReferralRecord): Promise<void> {
    await tx.insert(CaseReferralRecord, referral);
  }

  pendingFor(tx: EntityManager, caseId: string): Promise<CaseReferralRecord | null> {
    return tx.findOne(CaseReferralRecord, {
      where: { caseId, reassignedAt: IsNull() },
      order: { referredAt: 'DESC' },
    });
  }

  async settle(tx: EntityManager, referralId: string, toOrganisation: string, at: Date): Promise<void> {
    await tx.update(CaseReferralRecord, { id: referralId }, { toOrganisation, reassignedAt: at });
  }

  async latestOf(caseIds: readonly string[]): Promise<Map<string, CaseReferralRecord>> {
    const latest = new Map<string, CaseReferralRecord>();
    if (caseIds.length === 0) return latest;
    const rows = await this.dataSource.manager.find(CaseReferralRecord, {
      where: { caseId: In([...caseIds]) },
      order: { referredAt: 'ASC' },
    });
    for (const row of rows) latest.set(row.caseId, row);
    return latest;
  }

  async findReferredAway(
    organisation: string,
    caseId: string,
    tx: EntityManager = this.dataSource.manager,
  ): Promise<ReferredAwayCase | null> {
    const referral = await tx
      .createQueryBuilder(CaseReferralRecord, 'r')
      .innerJoin(CaseRecord, 'c', 'c.id = r.case_id')
      .where('r.case_id = :caseId AND r.from_organisation = :organisation', { caseId, organisation })
      .andWhere('c.organisation <> :organisation')
      .orderBy('r.referred_at', 'DESC')
      .getOne();
    if (!referral) return null;
    const record = await tx.findOneByOrFail(CaseRecord, { id: caseId });
    return { record, referral };
  }
}
