import seed from './taxonomy.json';
import type { Taxonomy } from './taxonomy.types';

/**
 * The taxonomy Loket ships: categories with sensitivity, organisations with teams, and each category's extra
 * questions. It is version 1 of the taxonomy administrators edit: routing stores it when it has no version yet,
 * and intake uses it until the first published version reaches it. Only the document's own parts (the file's
 * notes for readers stay in the file).
 */
export const SEED_TAXONOMY: Taxonomy = {
  categories: (seed as unknown as Taxonomy).categories,
  organisations: (seed as unknown as Taxonomy).organisations,
};
