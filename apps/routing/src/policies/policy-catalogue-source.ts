import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { catalogueFromTaxonomy, PolicyCatalogue, Taxonomy } from '@loket/routing-policy';
import { SEED_TAXONOMY } from '@loket/taxonomy';
import { TaxonomyStore } from '../taxonomy/taxonomy-store';

/** What a policy may name: the taxonomy in force's categories (read in the caller's transaction), organisations and teams, and the known areas. */
@Injectable()
export class PolicyCatalogueSource {
  constructor(private readonly taxonomies: TaxonomyStore) {}

  async catalogue(tx: EntityManager): Promise<PolicyCatalogue> {
    const areas: { id: string }[] = await tx.query(`SELECT id FROM areas`);
    const taxonomy = (await this.taxonomies.published(tx))?.document ?? SEED_TAXONOMY;
    return catalogueFromTaxonomy(taxonomy as Taxonomy, areas.map((a) => a.id));
  }
}
