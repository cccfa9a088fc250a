import { Injectable } from '@nestjs/common';
import { CategorySuggester } from '@loket/category-suggestion';
import { readCorpusFile, repositoryCorpusPath, suggestionFigures } from '@loket/evaluation';
import type { CorpusHalf, SuggestionItem } from '@loket/evaluation';
import { proportionView } from '../../linking/learning/linking-model-views';
import type { SuggestionFiguresView, TrainingExample } from './category-model-view';

/**
 * The repository's labelled reports for the suggester (libs/evaluation/corpus): a retrained version learns from
 * the development half, and the held-out half — which nothing learns from — only scores, as `npm run eval` does.
 */
@Injectable()
export class SuggestionCorpus {
  private readonly halves = new Map<CorpusHalf, readonly SuggestionItem[]>();

  /** The name the figures are reported under, e.g. `suggestion.held-out.jsonl`. */
  name(half: CorpusHalf): string {
    return `suggestion.${half}.jsonl`;
  }

  items(half: CorpusHalf): readonly SuggestionItem[] {
    let items = this.halves.get(half);
    if (!items) {
      const corpus = readCorpusFile(repositoryCorpusPath('suggestion', half));
      if (corpus.kind !== 'suggestion') throw new Error(`${this.name(half)} holds no suggestion items`);
      items = corpus.items;
      this.halves.set(half, items);
    }
    return items;
  }

  developmentExamples(): TrainingExample[] {
    return this.items('dev').map((item) => ({ text: item.description, category: item.main, subcategory: item.sub }));
  }

  /** A suggester's top-1 and top-3 on the held-out half. */
  heldOutFigures(suggester: CategorySuggester): SuggestionFiguresView {
    const figures = suggestionFigures(this.items('held-out'), (text) => suggester.suggest(text, 3));
    return {
      mainTop1: proportionView(figures.mainTop1),
      subTop1: proportionView(figures.subTop1),
      mainTop3: proportionView(figures.mainTop3),
      subTop3: proportionView(figures.subTop3),
    };
  }
}
