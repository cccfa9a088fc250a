import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { KnownWords } from '@loket/category-suggestion';
import { Principal } from '@loket/auth';
import { CaseCategoryV1, CaseReassigned, CaseReassignedV1 } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { AreaDirectory } from '../../areas/area-directory';
import { AdminAudit } from '../../audit/admin-audit';
import { CategoryCatalogue } from '../../catalogue/category-catalogue';
import { categoryName } from '../../catalogue/category-name';
import { CaseReportRecord } from '../../cases/case-report.entity';
import { CaseRecord } from '../../cases/case.entity';
import { PolicyCatalogueSource } from '../../policies/policy-catalogue-source';
import { PublishedPolicy } from '../../policies/published-policy';
import { RoutingTimeZone } from '../../policies/routing-time-zone';
import { CaseReassignmentRecord } from '../../referral/case-reassignment.entity';
import { CategoryCorrectionRecord } from '../recategorise/category-correction.entity';
import { lockForCorrection, problemOf, refuseClosed } from '../correction-refusal';
import { caseRoutingInput } from './case-routing-input';
import { rerouteTarget } from './reroute-target';

/** At most this much of a corrected case's known words is kept: a suggester version travels whole. */
const KNOWN_WORDS_MAX_LENGTH = 300;

export interface RerouteCaseCommand {
  caseId: string;
  organisation?: string;
  team?: string;
  /** The category the case is really about, when it was filed under the wrong one. */
  category?: { main: string; sub?: string };
  reason: string;
}

export type ReroutedCaseView = CaseReassignedV1;

/**
 * A coordinator re-routes a misrouted case: to the organisation (and team) they name, checked against the
 * catalogue, or where the published policy sends it now. Routing records it as a reassignment (`via:
 * 'coordinator'`), moves its case, audits who and why, and publishes `case.reassigned` for the workbench.
 *
 * A case filed under the wrong category is corrected the same way: the coordinator names the category (checked
 * against the taxonomy in force), the case takes it with its sensitivity (so what its reporters may hear and
 * whether it is on the public map follow), the policy decides on it, and the case may stay where it is. The
 * correction is kept as a labelled example (see CategoryCorrectionsQuery), with the text of the case's reports
 * reduced to the words the suggester's repository examples already contain (KnownWords: no name, address or
 * number), which a retrained suggester learns from (TrainCategoryModel).
 */
@Injectable()
export class RerouteCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PublishedPolicy,
    private readonly catalogue: PolicyCatalogueSource,
    private readonly areas: AreaDirectory,
    private readonly timeZone: RoutingTimeZone,
    private readonly outbox: Outbox,
    private readonly audit: AdminAudit,
    private readonly categories: CategoryCatalogue,
    private readonly knownWords: KnownWords,
  ) {}

  execute(actor: Principal, { caseId, organisation, team, category: named, reason }: RerouteCaseCommand): Promise<ReroutedCaseView> {
    const corrected = named ? this.knownCategory(named) : undefined;
    return this.dataSource.transaction(async (tx) => {
      const kase = (await lockForCorrection(tx, [caseId])).get(caseId);
      refuseClosed(kase);
      const category = corrected && (corrected.main !== kase.categoryMain || (corrected.sub ?? null) !== kase.categorySub) ? corrected : undefined;
      const input = await caseRoutingInput(tx, this.areas, kase);
      const compiled = await this.policy.current(tx);
      const decided = rerouteTarget(
        compiled,
        category ? { ...input, category: { main: category.main, ...(category.sub ? { sub: category.sub } : {}) } } : input,
        { organisation: kase.organisation, team: kase.team },
        { organisation, team, recategorised: category !== undefined },
        await this.catalogue.catalogue(tx),
        this.timeZone.value,
      );
      if (!decided.ok) throw problemOf(decided.refusal);
      const { outcome, ruleId } = decided.destination;
      const now = new Date();
      const recategorised = category ? `; category corrected from ${categoryName(kase.categoryMain, kase.categorySub)} to ${categoryName(category.main, category.sub)}` : '';
      const explanation = `Re-routed by coordinator ${actor.username} from ${kase.organisation} / ${kase.team}${recategorised}; ${decided.destination.explanation}`;
      await tx.update(CaseRecord, { id: caseId }, {
        organisation: outcome.organisation,
        team: outcome.team,
        priority: outcome.priority,
        ...(category ? { categoryMain: category.main, categorySub: category.sub ?? null, sensitivity: category.sensitivity } : {}),
        updatedAt: now,
      });
      await tx.insert(CaseReassignmentRecord, {
        id: randomUUID(),
        caseId,
        fromOrganisation: kase.organisation,
        requestedOrganisation: organisation ?? null,
        reason,
        referredAt: now,
        policyId: compiled.policy.id,
        policyVersion: compiled.policy.version,
        ruleId,
        via: 'coordinator',
        outcome,
        explanation,
        reassignedAt: now,
      });
      if (category) {
        await tx.insert(CategoryCorrectionRecord, {
          caseId,
          caseOpenedAt: kase.openedAt,
          categorySource: kase.categorySource,
          fromMain: kase.categoryMain,
          fromSub: kase.categorySub,
          toMain: category.main,
          toSub: category.sub ?? null,
          knownWords: await this.knownWordsOf(tx, caseId),
        });
      }
      const event: CaseReassignedV1 = {
        caseId,
        fromOrganisation: kase.organisation,
        organisation: outcome.organisation,
        team: outcome.team,
        priority: outcome.priority,
        sla: outcome.sla,
        via: 'coordinator',
        explanation,
        reason,
        reassignedAt: now.toISOString(),
        ...(category ? { category } : {}),
      };
      await this.outbox.add(tx, CaseReassigned, event);
      await this.audit.record(tx, actor, {
        action: 'case.rerouted',
        subjectType: 'case',
        subjectId: caseId,
        before: {
          organisation: kase.organisation,
          team: kase.team,
          priority: kase.priority,
          ...(category ? { category: { main: kase.categoryMain, sub: kase.categorySub, sensitivity: kase.sensitivity } } : {}),
        },
        after: { organisation: outcome.organisation, team: outcome.team, priority: outcome.priority, sla: outcome.sla, ...(category ? { category } : {}), reason, explanation },
      });
      return event;
    });
  }

  /** The category the coordinator names, as the taxonomy in force knows it; anything else is refused (400). */
  /** The case's reports' texts, reduced to known words and to at most KNOWN_WORDS_MAX_LENGTH characters. */
  private async knownWordsOf(tx: EntityManager, caseId: string): Promise<string> {
    const reports = await tx.find(CaseReportRecord, { where: { caseId }, order: { submittedAt: 'ASC' }, select: { description: true } });
    const words = this.knownWords.keep(reports.map((r) => r.description).join('\n'));
    if (words.length <= KNOWN_WORDS_MAX_LENGTH) return words;
    return words.slice(0, words.lastIndexOf(' ', KNOWN_WORDS_MAX_LENGTH));
  }

  private knownCategory(named: { main: string; sub?: string }): CaseCategoryV1 {
    const resolved = this.categories.resolve(named);
    if (!resolved.known || resolved.main !== named.main || (named.sub !== undefined && resolved.sub !== named.sub)) {
      throw new ProblemException(400, 'unknown-category', 'Unknown category', `No category "${categoryName(named.main, named.sub)}" in the taxonomy in force`);
    }
    return { main: resolved.main, ...(resolved.sub ? { sub: resolved.sub } : {}), sensitivity: resolved.sensitivity };
  }
}
