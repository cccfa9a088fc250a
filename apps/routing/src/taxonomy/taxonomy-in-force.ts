import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PeriodicJob } from '@loket/persistence';
import { SEED_TAXONOMY, Taxonomy } from '@loket/taxonomy';
import { CategoryCatalogue } from '../catalogue/category-catalogue';
import { SeedTaxonomyVersion } from './seed-taxonomy-version';
import { TaxonomyStore } from './taxonomy-store';

/** How often an instance looks whether another one published a taxonomy version. */
export const TAXONOMY_REFRESH_MS = 5_000;

/**
 * The taxonomy in force, held in memory for what reads it on every report (the category catalogue, the public
 * category list). Loaded at start (after seeding version 1 on a fresh database), replaced at once when this
 * instance publishes, and looked for every few seconds in case another instance did: in every instance, no lock,
 * since each holds its own copy.
 */
@Injectable()
export class TaxonomyInForce implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(TaxonomyInForce.name);
  private inForce: { version: number; taxonomy: Taxonomy } = { version: 0, taxonomy: SEED_TAXONOMY };
  private readonly refreshing = new PeriodicJob({
    name: 'routing.refresh-taxonomy',
    everyMs: TAXONOMY_REFRESH_MS,
    pass: () => this.refresh(),
    failing: 'could not look for a newer taxonomy',
    logger: this.logger,
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: TaxonomyStore,
    private readonly seed: SeedTaxonomyVersion,
    private readonly catalogue: CategoryCatalogue,
  ) {}

  /** The version in force and its document (the seed, version 0, before the first load). */
  current(): { version: number; taxonomy: Taxonomy } {
    return this.inForce;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.seed.ensure();
    await this.refresh();
    this.refreshing.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.refreshing.stop();
  }

  /** Loads the published version when it is not the one held. */
  async refresh(): Promise<void> {
    const tx = this.dataSource.manager;
    const version = await this.store.publishedVersion(tx);
    if (version === null || version === this.inForce.version) return;
    const record = await this.store.published(tx);
    if (record) this.use(record.version, record.document);
  }

  /** Holds this version from now on (a later version is never replaced by an earlier one). */
  use(version: number, taxonomy: Taxonomy): void {
    if (version < this.inForce.version) return;
    this.inForce = { version, taxonomy };
    this.catalogue.use(taxonomy.categories);
    this.logger.log(`taxonomy version ${version} is in force`);
  }
}
