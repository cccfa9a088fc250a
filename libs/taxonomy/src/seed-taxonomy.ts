import seed from './taxonomy.json';
import type { Taxonomy } from './taxonomy.types';

/**
 * The taxonomy Loket ships: categories with sensitivity, organisations with teams, and each category's extra
 * questions. Routing routes by it and serves it; intake checks answers against it. (Administrators editing it
 * at run time is a separate piece of work; until then this file is the taxonomy in force.)
 */
export const SEED_TAXONOMY: Taxonomy = seed as Taxonomy;
