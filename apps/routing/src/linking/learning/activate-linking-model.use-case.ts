import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AdminAudit } from '../../audit/admin-audit';
import { ActiveLinkingRules } from './active-linking-rules';
import type { LinkingModelView } from './linking-model-view';
import { LinkingModelActivationRecord, LinkingModelRecord } from './linking-model.entity';
import { activeVersion, LinkingModelsQuery } from './linking-models.query';

export interface RolledBackView {
  activeVersion: number;
  previousVersion: number;
}

/**
 * An administrator makes an evaluated version the one the linker decides with, or rolls back to the version that
 * was active before. Both are audited with the reason given, and take effect on every instance within seconds.
 */
@Injectable()
export class ActivateLinkingModel {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activeRules: ActiveLinkingRules,
    private readonly models: LinkingModelsQuery,
    private readonly audit: AdminAudit,
  ) {}

  async activate(actor: Principal, version: number, reason: string): Promise<LinkingModelView> {
    const view = await this.dataSource.transaction(async (tx) => {
      await lockActivations(tx);
      const record = await tx.findOneBy(LinkingModelRecord, { version });
      if (!record) throw ProblemException.notFound(`No linking model version ${version}`);
      if (!record.evaluation) {
        throw new ProblemException(409, 'not-evaluated', 'Not evaluated', `Version ${version} has not been evaluated on the held-out half; evaluate it first`);
      }
      const current = await activeVersion(tx);
      if (current.version === version) throw new ProblemException(409, 'already-active', 'Already active', `Version ${version} is already active`);
      await tx.insert(LinkingModelActivationRecord, { version, activatedBy: actor.username, reason });
      await this.audit.record(tx, actor, {
        action: 'linking-model.activated',
        subjectType: 'linking-model',
        subjectId: String(version),
        before: { activeVersion: current.version },
        after: { activeVersion: version, reason, evaluation: record.evaluation },
      });
      return this.models.one(tx, version);
    });
    this.activeRules.invalidate();
    return view;
  }

  /** Back to the version that was active before the current one (0: the built-in rules). */
  async rollBack(actor: Principal, reason: string): Promise<RolledBackView> {
    const view = await this.dataSource.transaction(async (tx) => {
      await lockActivations(tx);
      const [current, before] = await tx.find(LinkingModelActivationRecord, { order: { id: 'DESC' }, take: 2 });
      if (!current) throw new ProblemException(409, 'nothing-to-roll-back', 'Nothing to roll back', 'The built-in rules are active and always have been');
      const previousVersion = before?.version ?? 0;
      await tx.insert(LinkingModelActivationRecord, { version: previousVersion, activatedBy: actor.username, reason });
      await this.audit.record(tx, actor, {
        action: 'linking-model.rolled-back',
        subjectType: 'linking-model',
        subjectId: String(previousVersion),
        before: { activeVersion: current.version },
        after: { activeVersion: previousVersion, reason },
      });
      return { activeVersion: previousVersion, previousVersion: current.version };
    });
    this.activeRules.invalidate();
    return view;
  }
}

/** One activation or roll-back at a time, so two administrators cannot interleave. */
async function lockActivations(tx: EntityManager): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('linking_model_activations'))`);
}
