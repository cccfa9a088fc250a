import type { CategoryQuestion, Taxonomy, TaxonomyCategory, TaxonomySubcategory } from '../taxonomy.types';

export interface CategoryQuestions {
  /** The known main category and subcategory the choice resolved to; null when the taxonomy does not know it. */
  category: { main: string; sub?: string } | null;
  questions: CategoryQuestion[];
}

/**
 * The questions a report in the chosen category answers: the main category's, then the subcategory's (a
 * subcategory's question with the same id replaces its main category's). The choice resolves as routing resolves
 * it: a main code, a main and a sub code, or a sub code alone in place of the main one.
 */
export function questionsFor(taxonomy: Taxonomy, choice: { main: string; sub?: string } | null): CategoryQuestions {
  if (!choice) return { category: null, questions: [] };
  const resolved = resolve(taxonomy, choice);
  if (!resolved) return { category: null, questions: [] };
  const { main, sub } = resolved;
  const own = sub?.questions ?? [];
  const ownIds = new Set(own.map((q) => q.id));
  return {
    category: { main: main.code, ...(sub ? { sub: sub.code } : {}) },
    questions: [...(main.questions ?? []).filter((q) => !ownIds.has(q.id)), ...own],
  };
}

function resolve(taxonomy: Taxonomy, choice: { main: string; sub?: string }): { main: TaxonomyCategory; sub?: TaxonomySubcategory } | null {
  const byMain = taxonomy.categories.find((c) => c.code === choice.main);
  const main = byMain ?? taxonomy.categories.find((c) => c.sub.some((s) => s.code === choice.main));
  if (!main) return null;
  const subCode = choice.sub ?? (byMain ? undefined : choice.main);
  const sub = main.sub.find((s) => s.code === subCode);
  return { main, ...(sub ? { sub } : {}) };
}
