import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SEED_TAXONOMY } from '@loket/taxonomy';
import { TaxonomyVersionRecord } from './taxonomy-version.entity';

/** On a fresh database, the seed taxonomy becomes version 1, published (as the default policy is seeded). */
@Injectable()
export class SeedTaxonomyVersion {
  private readonly logger = new Logger(SeedTaxonomyVersion.name);

  constructor(private readonly dataSource: DataSource) {}

  async ensure(): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('taxonomy_versions_seed'))`);
      if ((await tx.count(TaxonomyVersionRecord)) > 0) return;
      await tx.insert(TaxonomyVersionRecord, { version: 1, status: 'published', document: SEED_TAXONOMY, revision: 1, publishedAt: new Date() });
      this.logger.log(`published the seed taxonomy as version 1 (${SEED_TAXONOMY.categories.length} main categories)`);
    });
  }
}
