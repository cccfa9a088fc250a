import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Area, AreaIndex, parseAreaCollection } from '@loket/area-index';
import { AreaRecord } from './area.entity';

/**
 * The areas routing knows, with a spatial index for point-in-area lookup. Rebuilt when areas change: each
 * lookup checks a cheap version (count and latest change) in its own transaction.
 */
@Injectable()
export class AreaDirectory {
  private cached: { version: string; index: AreaIndex } | null = null;

  async areasAt(tx: EntityManager, lon: number, lat: number): Promise<string[]> {
    return (await this.index(tx)).areasAt(lon, lat);
  }

  async index(tx: EntityManager): Promise<AreaIndex> {
    const [row] = await tx.query(`SELECT count(*) AS n, coalesce(max(updated_at), 'epoch') AS latest FROM areas`);
    const version = `${row.n}@${new Date(row.latest).toISOString()}`;
    if (this.cached?.version !== version) {
      const records = await tx.find(AreaRecord);
      this.cached = { version, index: AreaIndex.build(records.map(toArea)) };
    }
    return this.cached.index;
  }
}

function toArea(record: AreaRecord): Area {
  const parsed = parseAreaCollection({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: record.id, properties: { name: record.name, kind: record.kind }, geometry: record.geometry }],
  });
  const area = parsed.ok ? parsed.areas[0] : undefined;
  if (!area) throw new Error(`stored area ${record.id} is no longer valid: ${parsed.ok ? 'empty' : parsed.errors.map((e) => e.message).join('; ')}`);
  return area;
}
