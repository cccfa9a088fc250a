import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SEED_TAXONOMY, Taxonomy } from '@loket/taxonomy';
import { ReceivedTaxonomyRecord } from './received-taxonomy.entity';

/**
 * The taxonomy intake asks and checks extra questions by, and offers as Open311 services: the highest version
 * `taxonomy.published` brought, or the seed until the first arrives. Asked per request: the version number is
 * one indexed read, the document is read again only when it changed (any instance may have stored it).
 */
@Injectable()
export class TaxonomyInForce {
  private cached: { version: number; taxonomy: Taxonomy } = { version: 0, taxonomy: SEED_TAXONOMY };

  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<Taxonomy> {
    const [row] = await this.dataSource.query(`SELECT max(version) AS version FROM received_taxonomies`);
    const version = row?.version === null || row?.version === undefined ? 0 : Number(row.version);
    if (version > this.cached.version) {
      const record = await this.dataSource.manager.findOne(ReceivedTaxonomyRecord, { where: { version } });
      if (record) this.cached = { version, taxonomy: record.document };
    }
    return this.cached.taxonomy;
  }
}
