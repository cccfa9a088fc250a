import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AreaKind, AreaProblem, checkAreaUpload, FeaturePreview } from '@loket/area-index';
import { AreaDirectory } from './area-directory';

export interface AreaPreview {
  /** Whether publishing this upload would succeed now. */
  publishable: boolean;
  features: FeaturePreview[];
  problems: AreaProblem[];
}

/** What an upload would publish, feature by feature with its problems, checked against the areas in force; stores nothing. */
@Injectable()
export class PreviewAreas {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: AreaDirectory,
  ) {}

  async execute(collection: unknown, kind?: AreaKind): Promise<AreaPreview> {
    const existing = (await this.directory.index(this.dataSource.manager)).all();
    const check = checkAreaUpload(collection, { ...(kind ? { kind } : {}), existing });
    return { publishable: check.ok, features: check.features, problems: check.problems };
  }
}
