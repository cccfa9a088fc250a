import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CategorySuggester } from '@loket/category-suggestion';
import { NewestInForce } from '../in-force/newest-in-force';
import { ReceivedCategoryModelRecord } from './received-category-model.entity';

/** How long the activation number read last is trusted before it is asked again (another instance may have stored one). */
export const SUGGESTER_FRESHNESS_MS = 1_000;

/**
 * The category suggester intake suggests by while a resident types: the version routing activated last
 * (`category-model.activated`), trained here from the repository's examples plus the version's (under a second, only
 * when the activation changed), or the built-in one until an activation arrives. The activation number is asked at
 * most once a second, at once after this instance stored one (NewestInForce).
 */
@Injectable()
export class SuggesterInForce {
  private readonly newest: NewestInForce<{ version: number; suggester: CategorySuggester }>;

  constructor(dataSource: DataSource, builtIn: CategorySuggester) {
    this.newest = new NewestInForce(
      {
        highest: async () => {
          const [row] = await dataSource.query(`SELECT max(activation) AS activation FROM received_category_models`);
          return row?.activation === null || row?.activation === undefined ? 0 : Number(row.activation);
        },
        load: async (activation) => {
          const record = await dataSource.manager.findOne(ReceivedCategoryModelRecord, { where: { activation } });
          if (!record) return null;
          if (record.version === 0 || record.examples.length === 0) return { version: record.version, suggester: builtIn };
          return { version: record.version, suggester: CategorySuggester.fromRepositoryExamplesAnd(record.examples) };
        },
      },
      { version: 0, suggester: builtIn },
      SUGGESTER_FRESHNESS_MS,
    );
  }

  async current(): Promise<CategorySuggester> {
    return (await this.newest.current()).suggester;
  }

  /** This instance is storing `activation` (in a transaction not committed yet): ask until it is in force. */
  stored(activation: number): void {
    this.newest.stored(activation);
  }
}
