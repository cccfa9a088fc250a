import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProblemException } from '@loket/http';
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
    const active = await activeVersion(manager);
    const records = await manager.find(LinkingModelRecord, { order: { version: 'DESC' }, take: 100 });
    return { activeVersion: active.version, models: records.map((r) => modelView(r, active)) };
  }

  async one(tx: EntityManager, version: number): Promise<LinkingModelView> {
    const record = await tx.findOneBy(LinkingModelRecord, { version });
    if (!record) throw ProblemException.notFound(`No linking model version ${version}`);
    return modelView(record, await activeVersion(tx));
  }
}

/** The newest activation, or version 0 (the built-in rules) when none was ever made. */
export async function activeVersion(tx: EntityManager): Promise<{ version: number; activatedAt: Date | null }> {
  const [latest] = await tx.find(LinkingModelActivationRecord, { order: { id: 'DESC' }, take: 1 });
  return latest ? { version: latest.version, activatedAt: latest.activatedAt } : { version: 0, activatedAt: null };
}
