import { Injectable } from '@nestjs/common';
import { CategorySuggester, shouldTriage } from '@loket/category-suggestion';
import { CategorySuggestionUsedV1 } from '@loket/contracts';
import type { RoutableReport } from '../cases/routable-report';
import { CategoryCatalogue, ResolvedCategory } from './category-catalogue';

export interface CategoryChoice {
  category: ResolvedCategory;
  /** How the category was chosen, for the explanation a coordinator reads. */
  note: string | null;
  /** The classifier's best suggestion when the reporter chose no category, and whether routing used it. */
  suggestion?: CategorySuggestionUsedV1;
}

/**
 * The category a report is routed by: the reporter's own choice when it is a known one; otherwise the
 * classifier's suggestion from the description when it is confident enough; otherwise "overig", which the
 * policy's fallback sends to the coordinators' triage queue rather than guessing.
 */
@Injectable()
export class CategoryChoiceService {
  constructor(private readonly catalogue: CategoryCatalogue) {}

  /** The category by the reporter's choice, or by `suggester` (the one in force: ActiveCategorySuggester). */
  choose(report: RoutableReport, suggester: CategorySuggester): CategoryChoice {
    const chosen = this.catalogue.resolve(report.category);
    if (chosen.known && chosen.main !== 'overig') return { category: chosen, note: null };
    const suggestions = suggester.suggest(report.description, 3);
    const best = suggestions[0];
    const ranked = suggestions.map((s) => `${s.category}/${s.subcategory} ${s.confidence.toFixed(2)}`).join(', ');
    if (!best) return { category: chosen, note: 'No category chosen and nothing to suggest, so: triage.' };
    const suggestion = (used: boolean): CategorySuggestionUsedV1 => ({
      main: best.category,
      ...(best.subcategory ? { sub: best.subcategory } : {}),
      confidence: Math.round(best.confidence * 1000) / 1000,
      used,
    });
    if (shouldTriage(suggestions)) {
      return {
        category: chosen,
        note: `No category chosen; suggestions too uncertain for routing (${ranked}), so: triage.`,
        suggestion: suggestion(false),
      };
    }
    const suggested = this.catalogue.resolve({ main: best.category, sub: best.subcategory });
    return {
      category: suggested,
      note: `No category chosen; suggested ${best.category}/${best.subcategory} (confidence ${best.confidence.toFixed(2)}; ${ranked}).`,
      suggestion: suggestion(true),
    };
  }
}
