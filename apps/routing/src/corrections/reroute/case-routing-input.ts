import { EntityManager } from 'typeorm';
import type { RoutingInput } from '@loket/routing-policy';
import { AreaDirectory } from '../../areas/area-directory';
import { CaseReportRecord } from '../../cases/case-report.entity';
import { CaseRecord } from '../../cases/case.entity';
import { RoutingDecisionRecord } from '../../decisions/routing-decision.entity';

/**
 * What the policy decides a case on: the stored input of the decision that opened it; when that report was
 * since unlinked or split off, the case's oldest report with the areas at its place. Always under the case's
 * category as it stands (a coordinator may have corrected it since it opened).
 */
export async function caseRoutingInput(tx: EntityManager, areas: AreaDirectory, kase: CaseRecord): Promise<RoutingInput> {
  const category = { main: kase.categoryMain, ...(kase.categorySub ? { sub: kase.categorySub } : {}) };
  const first = await tx.findOne(RoutingDecisionRecord, { where: { caseId: kase.id }, order: { decidedAt: 'ASC' } });
  if (first) return { ...first.input, category, submittedAt: new Date(first.input.submittedAt) };
  const oldest = await tx.findOne(CaseReportRecord, { where: { caseId: kase.id }, order: { submittedAt: 'ASC' } });
  const location = oldest?.origin?.location ?? { lat: kase.lat, lon: kase.lon };
  return {
    reportId: oldest?.reportId ?? kase.id,
    category,
    areaIds: await areas.areasAt(tx, location.lon, location.lat),
    submittedAt: oldest?.submittedAt ?? kase.firstReportAt,
    reporterTier: oldest?.origin?.reporterTier ?? 'resident',
    description: oldest?.description ?? kase.linkText,
  };
}
