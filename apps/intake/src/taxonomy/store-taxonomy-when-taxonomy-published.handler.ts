import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TaxonomyPublishedV1 } from '@loket/contracts';
import type { Taxonomy } from '@loket/taxonomy';
import { ReceivedTaxonomyRecord } from './received-taxonomy.entity';
import { TaxonomyInForce } from './taxonomy-in-force';

/**
 * Routing published a taxonomy version: intake keeps it, and the highest version kept is the one it asks and
 * checks extra questions by. A version kept already changes nothing (the inbox makes a redelivery a no-op too).
 */
@Injectable()
export class StoreTaxonomyWhenTaxonomyPublished {
  constructor(private readonly inForce: TaxonomyInForce) {}

  async handle(event: TaxonomyPublishedV1, tx: EntityManager): Promise<void> {
    await tx
      .createQueryBuilder()
      .insert()
      .into(ReceivedTaxonomyRecord)
      .values({ version: event.version, document: JSON.parse(JSON.stringify(event.taxonomy)) as Taxonomy, publishedAt: new Date(event.publishedAt) })
      .orIgnore()
      .execute();
    this.inForce.stored(event.version);
  }
}
