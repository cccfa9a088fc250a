import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { catalogueFromTaxonomy, PolicyCatalogue, Taxonomy } from '@loket/routing-policy';
import { SEED_TAXONOMY as taxonomy } from '@loket/taxonomy';

/** What a policy may name: the taxonomy's categories, organisations and teams, and the known areas. */
@Injectable()
export class PolicyCatalogueSource {
  async catalogue(tx: EntityManager): Promise<PolicyCatalogue> {
    const areas: { id: string }[] = await tx.query(`SELECT id FROM areas`);
    return catalogueFromTaxonomy(taxonomy as Taxonomy, areas.map((a) => a.id));
  }
}
