import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SEED_TAXONOMY, Taxonomy } from '@loket/taxonomy';
import { NewestInForce } from '../in-force/newest-in-force';
import { ReceivedTaxonomyRecord } from './received-taxonomy.entity';

/** How long the version number read last is trusted before it is asked again (another instance may have stored one). */
export const TAXONOMY_FRESHNESS_MS = 1_000;

/**
 * The taxonomy intake asks and checks extra questions by, and offers as Open311 services: the highest version
 * `taxonomy.published` brought, or the seed until the first arrives. The version number is asked at most once a
 * second (a report costs one round trip fewer), at once after this instance stored a version (NewestInForce).
 */
@Injectable()
export class TaxonomyInForce {
  private readonly newest: NewestInForce<Taxonomy>;

  constructor(dataSource: DataSource) {
    this.newest = new NewestInForce<Taxonomy>(
      {
        highest: async () => {
          const [row] = await dataSource.query(`SELECT max(version) AS version FROM received_taxonomies`);
          return row?.version === null || row?.version === undefined ? 0 : Number(row.version);
        },
        load: async (version) => (await dataSource.manager.findOne(ReceivedTaxonomyRecord, { where: { version } }))?.document ?? null,
      },
      SEED_TAXONOMY,
      TAXONOMY_FRESHNESS_MS,
    );
  }

  current(): Promise<Taxonomy> {
    return this.newest.current();
  }

  /** This instance is storing `version` (in a transaction not committed yet): ask until it is in force. */
  stored(version: number): void {
    this.newest.stored(version);
  }
}
