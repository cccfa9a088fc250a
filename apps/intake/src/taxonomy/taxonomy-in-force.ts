import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SEED_TAXONOMY, Taxonomy } from '@loket/taxonomy';
import { ReceivedTaxonomyRecord } from './received-taxonomy.entity';

/** How long the version number read last is trusted before it is asked again (another instance may have stored one). */
export const TAXONOMY_FRESHNESS_MS = 1_000;

/**
 * The taxonomy intake asks and checks extra questions by, and offers as Open311 services: the highest version
 * `taxonomy.published` brought, or the seed until the first arrives. The highest version number is one indexed
 * read, asked at most once a second rather than per request (a report costs one round trip fewer): a version
 * another instance stored is in force here within a second, and one this instance stores (`stored`) at the first
 * request after its commit. The document is read again only when the number changed.
 */
@Injectable()
export class TaxonomyInForce {
  private cached: { version: number; taxonomy: Taxonomy } = { version: 0, taxonomy: SEED_TAXONOMY };
  private checkedAt = Number.NEGATIVE_INFINITY;
  /** The highest version this instance stored: until it is in force, every request asks. */
  private expected = 0;

  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<Taxonomy> {
    const at = Date.now();
    if (this.cached.version >= this.expected && at - this.checkedAt < TAXONOMY_FRESHNESS_MS) return this.cached.taxonomy;
    const [row] = await this.dataSource.query(`SELECT max(version) AS version FROM received_taxonomies`);
    const version = row?.version === null || row?.version === undefined ? 0 : Number(row.version);
    if (version > this.cached.version) {
      const record = await this.dataSource.manager.findOne(ReceivedTaxonomyRecord, { where: { version } });
      if (record) this.cached = { version, taxonomy: record.document };
    }
    this.checkedAt = at;
    return this.cached.taxonomy;
  }

  /** This instance is storing `version` (in a transaction not committed yet): ask until it is in force. */
  stored(version: number): void {
    this.expected = Math.max(this.expected, version);
  }
}
