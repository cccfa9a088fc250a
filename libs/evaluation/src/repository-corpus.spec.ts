// The small version of `npm run eval` that runs with the unit tests: the repository corpus parses, its split holds,
// and a slice of each half goes through the real linker and suggester to figures a bench line can carry.
import { CategorySuggester } from '@loket/category-suggestion';
import { readCorpusFile, repositoryCorpusPath } from './corpus/read-corpus';
import type { LinkingGroup, SuggestionItem } from './corpus/corpus-types';
import { linkingFigures } from './linking/linking-figures';
import { replayGroups } from './linking/replay-groups';
import { linkingBenchLines, suggestionBenchLines } from './report/format-report';
import { suggestionFigures } from './suggestion/suggestion-figures';

const groups = (half: 'dev' | 'held-out'): readonly LinkingGroup[] => {
  const corpus = readCorpusFile(repositoryCorpusPath('linking', half));
  if (corpus.kind !== 'linking') throw new Error('expected linking groups');
  return corpus.groups;
};
const items = (half: 'dev' | 'held-out'): readonly SuggestionItem[] => {
  const corpus = readCorpusFile(repositoryCorpusPath('suggestion', half));
  if (corpus.kind !== 'suggestion') throw new Error('expected single reports');
  return corpus.items;
};

describe('the repository corpus', () => {
  it('holds at least 200 groups of both kinds and several hundred single reports, split into disjoint halves', () => {
    const dev = groups('dev');
    const heldOut = groups('held-out');
    expect(dev.length + heldOut.length).toBeGreaterThanOrEqual(200);
    for (const half of [dev, heldOut]) {
      const same = half.filter((g) => g.kind === 'same-incident').length;
      expect(same / half.length).toBeGreaterThan(0.3);
      expect(same / half.length).toBeLessThan(0.7);
    }
    const devIds = new Set(dev.map((g) => g.id));
    expect(heldOut.filter((g) => devIds.has(g.id))).toEqual([]);
    const devTexts = new Set(items('dev').map((i) => i.description));
    expect(items('held-out').filter((i) => devTexts.has(i.description))).toEqual([]);
    expect(items('dev').length + items('held-out').length).toBeGreaterThanOrEqual(250);
  });

  it('scores a slice of the held-out half through the real linker and suggester', () => {
    const linking = linkingFigures(replayGroups(groups('held-out').slice(0, 20)));
    expect(linking.recall.trials + linking.falseLinkRate.trials).toBeGreaterThanOrEqual(20);
    const suggester = CategorySuggester.fromRepositoryExamples();
    const suggestion = suggestionFigures(items('held-out').slice(0, 30), (text) => suggester.suggest(text, 10));
    expect(suggestion.mainTop1.trials).toBe(30);
    const lines = [...linkingBenchLines(linking, 'slice'), ...suggestionBenchLines(suggestion, 'slice')];
    expect(lines.map((l) => l.metric)).toEqual([
      'eval.linking_recall',
      'eval.linking_false_link_rate',
      'eval.linking_grey_rate',
      'eval.suggestion_main_top1',
      'eval.suggestion_sub_top1',
    ]);
    for (const line of lines) {
      expect(line.value).toBeGreaterThanOrEqual(line.low);
      expect(line.value).toBeLessThanOrEqual(line.high);
      expect(Number.isFinite(line.value)).toBe(true);
    }
  });
});
