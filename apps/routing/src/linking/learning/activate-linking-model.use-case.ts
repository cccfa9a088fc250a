import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { AdminAudit } from '../../audit/admin-audit';
import { ModelActivations } from '../../model-versions/model-activations';
import { ActiveLinkingRules } from './active-linking-rules';
import type { LinkingModelView } from './linking-model-view';
import { LinkingModelActivationRecord, LinkingModelRecord } from './linking-model.entity';
import { LinkingModelsQuery } from './linking-models.query';

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
  private readonly activations: ModelActivations<LinkingModelRecord>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly activeRules: ActiveLinkingRules,
    private readonly models: LinkingModelsQuery,
    audit: AdminAudit,
  ) {
    this.activations = new ModelActivations(
      {
        subject: 'linking-model',
        noun: 'linking model',
        neverActivated: 'The built-in rules are active and always have been',
        models: LinkingModelRecord,
        activations: LinkingModelActivationRecord,
      },
      audit,
    );
  }

  async activate(actor: Principal, version: number, reason: string): Promise<LinkingModelView> {
    const view = await this.dataSource.transaction(async (tx) => {
      await this.activations.activate(tx, actor, version, reason);
      return this.models.one(tx, version);
    });
    this.activeRules.invalidate();
    return view;
  }

  /** Back to the version that was active before the current one (0: the built-in rules). */
  async rollBack(actor: Principal, reason: string): Promise<RolledBackView> {
    const view = await this.dataSource.transaction(async (tx) => {
      const { activeVersion, previousVersion } = await this.activations.rollBack(tx, actor, reason);
      return { activeVersion, previousVersion };
    });
    this.activeRules.invalidate();
    return view;
  }
}
