import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '@loket/auth';
import { CategoryModelActivated } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { AdminAudit } from '../../audit/admin-audit';
import { ActiveCategorySuggester } from './active-category-suggester';
import type { CategoryModelView, TrainingExample } from './category-model-view';
import { CategoryModelActivationRecord, CategoryModelRecord } from './category-model.entity';
import { activeCategoryModel, CategoryModelsQuery } from './category-models.query';

export interface CategoryModelRolledBackView {
  activeVersion: number;
  previousVersion: number;
}

/**
 * An administrator makes an evaluated version the suggester routing chooses categories by, or rolls back to the
 * version that was active before. Both are audited with the reason given, take effect on every routing instance
 * within seconds, and publish `category-model.activated` with the version's examples, so intake's suggestions while
 * the resident types come from the same version.
 */
@Injectable()
export class ActivateCategoryModel {
  constructor(
    private readonly dataSource: DataSource,
    private readonly active: ActiveCategorySuggester,
    private readonly models: CategoryModelsQuery,
    private readonly audit: AdminAudit,
    private readonly outbox: Outbox,
  ) {}

  async activate(actor: Principal, version: number, reason: string): Promise<CategoryModelView> {
    const view = await this.dataSource.transaction(async (tx) => {
      await lockActivations(tx);
      const record = await tx.findOneBy(CategoryModelRecord, { version });
      if (!record) throw ProblemException.notFound(`No category model version ${version}`);
      if (!record.evaluation) {
        throw new ProblemException(409, 'not-evaluated', 'Not evaluated', `Version ${version} has not been evaluated on the held-out half; evaluate it first`);
      }
      const current = await activeCategoryModel(tx);
      if (current.version === version) throw new ProblemException(409, 'already-active', 'Already active', `Version ${version} is already active`);
      await this.recordActivation(tx, actor, version, reason, record.examples);
      await this.audit.record(tx, actor, {
        action: 'category-model.activated',
        subjectType: 'category-model',
        subjectId: String(version),
        before: { activeVersion: current.version },
        after: { activeVersion: version, reason, evaluation: record.evaluation },
      });
      return this.models.one(tx, version);
    });
    this.active.invalidate();
    return view;
  }

  /** Back to the version that was active before the current one (0: the built-in model). */
  async rollBack(actor: Principal, reason: string): Promise<CategoryModelRolledBackView> {
    const view = await this.dataSource.transaction(async (tx) => {
      await lockActivations(tx);
      const [current, before] = await tx.find(CategoryModelActivationRecord, { order: { id: 'DESC' }, take: 2 });
      if (!current) throw new ProblemException(409, 'nothing-to-roll-back', 'Nothing to roll back', 'The built-in model is active and always has been');
      const previousVersion = before?.version ?? 0;
      const previous = previousVersion === 0 ? null : await tx.findOneBy(CategoryModelRecord, { version: previousVersion });
      await this.recordActivation(tx, actor, previousVersion, reason, previous?.examples ?? []);
      await this.audit.record(tx, actor, {
        action: 'category-model.rolled-back',
        subjectType: 'category-model',
        subjectId: String(previousVersion),
        before: { activeVersion: current.version },
        after: { activeVersion: previousVersion, reason },
      });
      return { activeVersion: previousVersion, previousVersion: current.version };
    });
    this.active.invalidate();
    return view;
  }

  /** The version becomes the newest activation, and its examples go out with it. */
  private async recordActivation(tx: EntityManager, actor: Principal, version: number, reason: string, examples: TrainingExample[]): Promise<void> {
    const activatedAt = new Date();
    const inserted = await tx.insert(CategoryModelActivationRecord, { version, activatedBy: actor.username, reason, activatedAt });
    const activation = Number(inserted.identifiers[0]['id']);
    await this.outbox.add(tx, CategoryModelActivated, { activation, version, activatedAt: activatedAt.toISOString(), examples });
  }
}

/** One activation or roll-back at a time, so two administrators cannot interleave. */
async function lockActivations(tx: EntityManager): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('category_model_activations'))`);
}
