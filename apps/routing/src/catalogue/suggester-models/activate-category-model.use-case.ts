import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '@loket/auth';
import { CategoryModelActivated } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { AdminAudit } from '../../audit/admin-audit';
import { ModelActivations } from '../../model-versions/model-activations';
import { ActiveCategorySuggester } from './active-category-suggester';
import type { CategoryModelView } from './category-model-view';
import { CategoryModelActivationRecord, CategoryModelRecord } from './category-model.entity';
import { CategoryModelsQuery } from './category-models.query';

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
  private readonly activations: ModelActivations<CategoryModelRecord>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly active: ActiveCategorySuggester,
    private readonly models: CategoryModelsQuery,
    private readonly outbox: Outbox,
    audit: AdminAudit,
  ) {
    this.activations = new ModelActivations(
      {
        subject: 'category-model',
        noun: 'category model',
        neverActivated: 'The built-in model is active and always has been',
        models: CategoryModelRecord,
        activations: CategoryModelActivationRecord,
      },
      audit,
    );
  }

  async activate(actor: Principal, version: number, reason: string): Promise<CategoryModelView> {
    const view = await this.dataSource.transaction(async (tx) => {
      const { activation, record } = await this.activations.activate(tx, actor, version, reason);
      await this.announce(tx, activation, version, record);
      return this.models.one(tx, version);
    });
    this.active.invalidate();
    return view;
  }

  /** Back to the version that was active before the current one (0: the built-in model). */
  async rollBack(actor: Principal, reason: string): Promise<CategoryModelRolledBackView> {
    const view = await this.dataSource.transaction(async (tx) => {
      const { activation, record, activeVersion, previousVersion } = await this.activations.rollBack(tx, actor, reason);
      await this.announce(tx, activation, activeVersion, record);
      return { activeVersion, previousVersion };
    });
    this.active.invalidate();
    return view;
  }

  /** The activation goes out with the examples of the version it made active (none for the built-in model). */
  private async announce(tx: EntityManager, activation: number, version: number, record: CategoryModelRecord | null): Promise<void> {
    await this.outbox.add(tx, CategoryModelActivated, { activation, version, activatedAt: new Date().toISOString(), examples: record?.examples ?? [] });
  }
}
