import { Injectable } from '@nestjs/common';
import { CategorySuggester } from '@loket/category-suggestion';
import { corpusExamples, readCorpusFile, repositoryCorpusPath } from '@loket/evaluation';
import type { CorpusHalf, LinkingGroup, LinkingRoute } from '@loket/evaluation';
import type { LinkingExample, LinkingRules } from '@loket/incident-linking';
import { CategoryChoiceService } from '../../catalogue/category-choice';
import { corpusRoute } from './corpus-route';

/**
 * The repository's labelled report groups (libs/evaluation/corpus): the development half is learned from, the
 * held-out half only scores. Read once, on first use; both go through routing's own category choice, with the built-in suggester (the linker is measured apart from
 * the suggester version in force).
 */
@Injectable()
export class LinkingCorpus {
  private readonly halves = new Map<CorpusHalf, LinkingGroup[]>();
  readonly route: LinkingRoute;

  constructor(choice: CategoryChoiceService, suggester: CategorySuggester) {
    this.route = corpusRoute(choice, suggester);
  }

  /** The name the figures are reported under, e.g. `linking.held-out.jsonl`. */
  name(half: CorpusHalf): string {
    return `linking.${half}.jsonl`;
  }

  groups(half: CorpusHalf): LinkingGroup[] {
    let groups = this.halves.get(half);
    if (!groups) {
      const corpus = readCorpusFile(repositoryCorpusPath('linking', half));
      if (corpus.kind !== 'linking') throw new Error(`${this.name(half)} holds no linking groups`);
      groups = [...corpus.groups];
      this.halves.set(half, groups);
    }
    return groups;
  }

  /** The development half's labelled pairs, measured under these rules' reach. */
  developmentExamples(rules: LinkingRules): LinkingExample[] {
    return corpusExamples(this.groups('dev'), { route: this.route, rules });
  }
}
