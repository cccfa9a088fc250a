import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseStatusChangedV1, EventEnvelope } from '@loket/contracts';
import { CaseDirectory } from '../case-links/case-directory';
import { CaseStageRecord } from '../case-links/case-stage.entity';
import { lockCases } from '../case-links/reporter-locks';
import { stageOfStatusChange } from '../case-links/stage-of-status-change';
import { ReporterDirectory } from '../reporters/reporter-directory';
import { DisclosurePolicy } from './disclosure-policy';
import { MessageBook } from './message-book';
import { planForCase } from './plan-message';

/**
 * A case changed state in the workbench: if that is a new stage for its reporters (picked up, waiting,
 * referred, resolved, closed, reopened), record it and tell every reporter of the case at their own level.
 */
@Injectable()
export class NotifyReportersWhenCaseStatusChanged {
  constructor(
    private readonly cases: CaseDirectory,
    private readonly reporters: ReporterDirectory,
    private readonly messages: MessageBook,
    private readonly policy: DisclosurePolicy,
  ) {}

  async handle(event: EventEnvelope<CaseStatusChangedV1>, tx: EntityManager): Promise<void> {
    const { caseId, organisation, from, to, changedAt } = event.payload;
    await lockCases(tx, [caseId]);
    // The organisation that holds the case now (a referral moves it): the kind a trusted reporter is told.
    await this.cases.heldBy(tx, caseId, organisation, new Date(changedAt));
    const earlier = (await this.cases.stages(tx, caseId)).map((s) => s.stage);
    const stage = stageOfStatusChange(from, to, earlier);
    if (!stage) return;
    const occurredAt = new Date(changedAt);
    await tx.createQueryBuilder().insert().into(CaseStageRecord).values({ eventId: event.id, caseId, stage, occurredAt }).orIgnore().execute();
    const kase = await this.cases.facts(tx, caseId);
    if (!kase) return; // routing's case.opened not consumed yet: the reporters catch up when it is
    const reporters = await this.reporters.ofCase(tx, caseId);
    await this.messages.write(tx, planForCase({ stage, eventId: event.id, occurredAt }, reporters, kase, this.policy));
  }
}
