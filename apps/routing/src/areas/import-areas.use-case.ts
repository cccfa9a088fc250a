import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AreaKind, checkAreaUpload } from '@loket/area-index';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AdminAudit } from '../audit/admin-audit';
import { AreaDirectory } from './area-directory';
import { AreaRecord } from './area.entity';

export interface ImportResult {
  imported: number;
  created: string[];
  updated: string[];
}

/**
 * Publishes a GeoJSON FeatureCollection of areas: all of it or, when any feature has a problem (the same checks
 * as the preview, overlaps with the areas in force included), none of it.
 */
@Injectable()
export class ImportAreas {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: AreaDirectory,
    private readonly audit: AdminAudit,
  ) {}

  async execute(actor: Principal | null, collection: unknown, kind?: AreaKind): Promise<ImportResult> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('areas-import'))`);
      const existing = (await this.directory.index(tx)).all();
      const check = checkAreaUpload(collection, { ...(kind ? { kind } : {}), existing });
      if (!check.ok) {
        const counted = new Set(check.problems.map((p) => p.feature)).size;
        throw new ProblemException(400, 'invalid-geometry', 'Your request is not valid', `${counted} feature(s) are not valid areas; nothing was published`, {
          errors: check.problems.map((p) => ({ field: p.feature === null ? 'features' : `features[${p.feature}]`, messages: [p.message] })),
          problems: check.problems,
        });
      }
      const result: ImportResult = { imported: check.areas.length, created: [], updated: [] };
      for (const area of check.areas) {
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
