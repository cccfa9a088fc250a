// `npm run eval`: measures incident linking and category suggestion on the held-out half of the labelled corpus
// (libs/evaluation/corpus), through the routing service's own code path: its category choice (reporter's choice,
// else the suggester's), its mapping of a report to the linker's input, the linker's candidate index and decision
// with the default rules, and the suggester trained as routing trains it.
//   npm run eval                           held-out halves of the repository corpus
//   npm run eval -- --half dev             the development half
//   npm run eval -- --corpus FILE [...]    any corpus file(s) in the documented JSONL format (either kind)
//   npm run eval -- --explain              also prints every wrong or grey linking decision with its explanation
//   npm run eval -- --learned              links with rules learned from the development half (as an administrator's
//                                          "train" does, without corrections) instead of the built-in rules
// Prints the figures with 95 % (Wilson) intervals; last, one JSON line per figure as `npm run bench` does.
import { CategorySuggester } from '@loket/category-suggestion';
import {
  corpusExamples, linkingBenchLines, linkingFigures, linkingReport, readCorpusFile, replayGroups, repositoryCorpusPath,
  suggestionBenchLines, suggestionFigures, suggestionReport,
} from '@loket/evaluation';
import type { BenchLine, Corpus, CorpusHalf, LinkingRoute } from '@loket/evaluation';
import { DEFAULT_LINKING_RULES, fitLinkingRules } from '@loket/incident-linking';
import type { LinkingRules } from '@loket/incident-linking';
import { basename } from 'node:path';
import { CategoryCatalogue } from '../src/catalogue/category-catalogue';
import { CategoryChoiceService } from '../src/catalogue/category-choice';
import { corpusRoute } from '../src/linking/learning/corpus-route';

interface Options {
  readonly files: readonly string[];
  readonly half: CorpusHalf;
  readonly explain: boolean;
  readonly learned: boolean;
}

function parseArgs(args: readonly string[]): Options {
  const files: string[] = [];
  let half: CorpusHalf = 'held-out';
  let explain = false;
  let learned = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--corpus' && args[i + 1]) files.push(args[++i]);
    else if (arg === '--half' && (args[i + 1] === 'dev' || args[i + 1] === 'held-out')) half = args[++i] as CorpusHalf;
    else if (arg === '--explain') explain = true;
    else if (arg === '--learned') learned = true;
    else throw new Error(`unknown or incomplete argument "${arg}"; use --corpus FILE, --half dev|held-out, --explain, --learned`);
  }
  return { files, half, explain, learned };
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const corpora: { name: string; corpus: Corpus }[] = options.files.length
    ? options.files.map((file) => ({ name: basename(file), corpus: readCorpusFile(file) }))
    : (['linking', 'suggestion'] as const).map((kind) => {
        const path = repositoryCorpusPath(kind, options.half);
        return { name: basename(path), corpus: readCorpusFile(path) };
      });

  const suggester = CategorySuggester.fromRepositoryExamples();
  const choice = new CategoryChoiceService(new CategoryCatalogue());
  const route = corpusRoute(choice, suggester);
  const rules = options.learned ? learnedRules(route) : DEFAULT_LINKING_RULES;
  const bench: BenchLine[] = [];
  for (const { name, corpus } of corpora) {
    if (corpus.kind === 'linking') {
      const judged = replayGroups(corpus.groups, { route, rules });
      const figures = linkingFigures(judged);
      console.log(linkingReport(figures, name).join('\n'));
      if (options.explain) {
        for (const j of judged) {
          const wrong = j.kind === 'same-incident' ? !j.linkedRight : j.decision !== 'new-case';
          if (wrong) console.log(`    ${j.groupId} #${j.position + 1} (${j.kind}) ${j.decision}: ${j.explanation}`);
        }
      }
      bench.push(...linkingBenchLines(figures, name));
    } else {
      const figures = suggestionFigures(corpus.items, (text) => suggester.suggest(text));
      console.log(suggestionReport(figures, name).join('\n'));
      bench.push(...suggestionBenchLines(figures, name));
    }
    console.log('');
  }
  for (const line of bench) console.log(JSON.stringify(line));
}

/** Rules learned from the development half's labelled pairs, printed so the figures can be traced to them. */
function learnedRules(route: LinkingRoute): LinkingRules {
  const dev = readCorpusFile(repositoryCorpusPath('linking', 'dev'));
  if (dev.kind !== 'linking') throw new Error('the development half holds no linking groups');
  const fitted = fitLinkingRules(corpusExamples(dev.groups, { route }), DEFAULT_LINKING_RULES);
  const { weights, categoryScores, linkThreshold, greyZoneThreshold } = fitted.rules;
  console.log(`Rules learned from linking.dev.jsonl (${fitted.trainedOn.sameIncident} same-incident and ${fitted.trainedOn.differentIncident} different-incident pairs within reach):`);
  console.log(`  ${JSON.stringify({ weights, categoryScores, linkThreshold, greyZoneThreshold })}\n`);
  return fitted.rules;
}

try {
  main();
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exitCode = 1;
}
