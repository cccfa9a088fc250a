import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProblemException } from '@loket/http';
import { explanationText, RoutingInput, simulate } from '@loket/routing-policy';
import { RoutingDecisionRecord } from '../../decisions/routing-decision.entity';
import { PolicyStore } from '../policy-store';
import { RoutingTimeZone } from '../routing-time-zone';

export interface SimulationView {
  draft: { id: string; version: number };
  published: { id: string; version: number };
  reports: number;
  unrouted: { reportId: string; policy: 'draft' | 'published' }[];
  changed: {
    reportId: string;
    before: { ruleId: string | null; outcome: unknown; explanation: string };
    after: { ruleId: string | null; outcome: unknown; explanation: string };
  }[];
}

/** Replays the last routed reports through a draft and the published policy: which would go elsewhere, and why. */
@Injectable()
export class SimulateDraft {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PolicyStore,
    private readonly timeZone: RoutingTimeZone,
  ) {}

  async execute(policyId: string, version: number, lastReports = 500): Promise<SimulationView> {
    const tx = this.dataSource.manager;
    const draft = await this.store.version(tx, policyId, version);
    const published = await this.store.published(tx);
    if (!published) throw ProblemException.conflict('No policy is published to compare with');
    const recent = await tx.find(RoutingDecisionRecord, { order: { decidedAt: 'DESC' }, take: lastReports });
    const inputs: RoutingInput[] = recent.map((r) => ({ ...r.input, submittedAt: new Date(r.input.submittedAt) }));
    const result = simulate(draft, published, inputs, { timeZone: this.timeZone.value });
    return {
      draft: { id: draft.id, version: draft.version },
      published: { id: published.id, version: published.version },
      reports: inputs.length,
      unrouted: result.unrouted,
      changed: result.changed.map((c) => ({
        reportId: c.reportId,
        before: { ruleId: c.before.ruleId, outcome: c.before.outcome, explanation: explanationText(c.before.explanation) },
        after: { ruleId: c.after.ruleId, outcome: c.after.outcome, explanation: explanationText(c.after.explanation) },
      })),
    };
  }
}
