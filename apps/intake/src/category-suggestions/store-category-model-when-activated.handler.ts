import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CategoryModelActivatedV1 } from '@loket/contracts';
import { ReceivedCategoryModelRecord } from './received-category-model.entity';
import { SuggesterInForce } from './suggester-in-force';

/**
 * Routing activated a category suggester version: intake keeps it, and the highest activation kept is the one it
 * suggests by. An activation kept already changes nothing (the inbox makes a redelivery a no-op too).
 */
@Injectable()
export class StoreCategoryModelWhenActivated {
  constructor(private readonly inForce: SuggesterInForce) {}

  async handle(event: CategoryModelActivatedV1, tx: EntityManager): Promise<void> {
    await tx
      .createQueryBuilder()
      .insert()
      .into(ReceivedCategoryModelRecord)
      .values({
        activation: event.activation,
        version: event.version,
        examples: event.examples.map(({ text, category, subcategory }) => ({ text, category, subcategory })),
        activatedAt: new Date(event.activatedAt),
      })
      .orIgnore()
      .execute();
    this.inForce.stored(event.activation);
  }
}
