export { CorpusError } from './corpus/corpus-error';
export type { CorpusReport, GroupKind, LinkingGroup, SuggestionItem } from './corpus/corpus-types';
export { parseCorpus, parseLinkingCorpus, parseSuggestionCorpus } from './corpus/parse-corpus';
export type { Corpus } from './corpus/parse-corpus';
export { readCorpusFile, repositoryCorpusPath, REPOSITORY_CORPUS_DIR } from './corpus/read-corpus';
export type { CorpusHalf } from './corpus/read-corpus';
export { wilson, Z_95 } from './metrics/wilson';
export type { Proportion } from './metrics/wilson';
export { replayGroups, reporterChoice } from './linking/replay-groups';
export type { JudgedReport, LinkingRoute, ReplayOptions } from './linking/replay-groups';
export { corpusExamples } from './linking/corpus-examples';
export { linkingFigures } from './linking/linking-figures';
export type { LinkingFigures } from './linking/linking-figures';
export { suggestionFigures } from './suggestion/suggestion-figures';
export type { Confusion, RankedGuess, Suggest, SuggestionFigures } from './suggestion/suggestion-figures';
export {
  benchLine, formatProportion, linkingBenchLines, linkingReport, suggestionBenchLines, suggestionReport,
} from './report/format-report';
export type { BenchLine } from './report/format-report';
