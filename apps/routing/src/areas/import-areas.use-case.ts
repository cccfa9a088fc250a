import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AreaKind, parseAreaCollection } from '@loket/area-index';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AdminAudit } from '../audit/admin-audit';
import { AreaRecord } from './area.entity';

export interface ImportResult {
  imported: number;
  created: string[];
  updated: string[];
}

/** Imports a GeoJSON FeatureCollection of areas: all of it or, when any feature is invalid, none of it. */
@Injectable()
export class ImportAreas {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AdminAudit,
  ) {}

  async execute(actor: Principal | null, collection: unknown, kind?: AreaKind): Promise<ImportResult> {
    const parsed = parseAreaCollection(collection, kind ? { kind } : {});
    if (!parsed.ok) {
      throw new ProblemException(400, 'invalid-geometry', 'Your request is not valid', `${parsed.errors.length} feature(s) are not valid areas`, {
        errors: parsed.errors.map((e) => ({ field: `features[${e.feature}]`, messages: [e.message] })),
      });
    }
    return this.dataSource.transaction(async (tx) => {
      const result: ImportResult = { imported: parsed.areas.length, created: [], updated: [] };
      for (const area of parsed.areas) {
        const before = await tx.findOneBy(AreaRecord, { id: area.id });
        await tx.upsert(AreaRecord, { id: area.id, name: area.name, kind: area.kind, geometry: area.geometry, updatedAt: new Date() }, ['id']);
        (before ? result.updated : result.created).push(area.id);
        if (actor) {
          await this.audit.record(tx, actor, {
            action: before ? 'area.updated' : 'area.created',
            subjectType: 'area',
            subjectId: area.id,
            before: before ? { name: before.name, kind: before.kind, geometry: before.geometry } : null,
            after: { name: area.name, kind: area.kind, geometry: area.geometry },
          });
        }
      }
      return result;
    });
  }
}
