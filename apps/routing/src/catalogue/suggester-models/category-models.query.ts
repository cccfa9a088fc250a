import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProblemException } from '@loket/http';
import { activeVersionIn, versionHeader } from '../../model-versions/model-activations';
import type { CategoryModelView } from './category-model-view';
import { CategoryModelActivationRecord, CategoryModelRecord } from './category-model.entity';

export interface CategoryModelsView {
  /** The version the suggester runs; 0 is the built-in model. */
  activeVersion: number;
  models: CategoryModelView[];
}

/** The trained category suggester versions, newest first, and which one is active. */
@Injectable()
export class CategoryModelsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<CategoryModelsView> {
    const manager = this.dataSource.manager;
    const active = await activeVersionIn(manager, CategoryModelActivationRecord);
    const records = await manager.find(CategoryModelRecord, { order: { version: 'DESC' }, take: 100 });
    return { activeVersion: active.version, models: records.map((r) => modelView(r, active)) };
  }

  async one(tx: EntityManager, version: number): Promise<CategoryModelView> {
    const record = await tx.findOneBy(CategoryModelRecord, { version });
    if (!record) throw ProblemException.notFound(`No category model version ${version}`);
    return modelView(record, await activeVersionIn(tx, CategoryModelActivationRecord));
  }
}

function modelView(record: CategoryModelRecord, active: { version: number; activatedAt: Date | null }): CategoryModelView {
  return { ...versionHeader(record, active), trainedOn: record.trainedOn, evaluation: record.evaluation };
}
