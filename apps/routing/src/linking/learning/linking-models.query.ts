import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProblemException } from '@loket/http';
import { activeVersionIn } from '../../model-versions/model-activations';
import type { LinkingModelView } from './linking-model-view';
import { modelView } from './linking-model-views';
import { LinkingModelActivationRecord, LinkingModelRecord } from './linking-model.entity';

export interface LinkingModelsView {
  /** The version the linker decides with; 0 is the built-in rules. */
  activeVersion: number;
  models: LinkingModelView[];
}

/** The trained linking models, newest first, and which one is active. */
@Injectable()
export class LinkingModelsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<LinkingModelsView> {
    const manager = this.dataSource.manager;
    const active = await activeVersionIn(manager, LinkingModelActivationRecord);
    const records = await manager.find(LinkingModelRecord, { order: { version: 'DESC' }, take: 100 });
    return { activeVersion: active.version, models: records.map((r) => modelView(r, active)) };
  }

  async one(tx: EntityManager, version: number): Promise<LinkingModelView> {
    const record = await tx.findOneBy(LinkingModelRecord, { version });
    if (!record) throw ProblemException.notFound(`No linking model version ${version}`);
    return modelView(record, await activeVersionIn(tx, LinkingModelActivationRecord));
  }
}

