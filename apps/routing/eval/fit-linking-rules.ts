// Searches the linker's weights, same-main category score and link threshold on the DEVELOPMENT half only
// (never the held-out half) for the highest same-incident recall at no more than MAX_FALSE false links.
//   TS_NODE_PROJECT=tsconfig.json node -r ts-node/register/transpile-only -r tsconfig-paths/register apps/routing/eval/fit-linking-rules.ts
import { createLinkingRules } from '@loket/incident-linking';
import { linkingFigures, readCorpusFile, replayGroups, repositoryCorpusPath } from '@loket/evaluation';

const MAX_FALSE = Number(process.env['MAX_FALSE'] ?? 3);
const corpus = readCorpusFile(repositoryCorpusPath('linking', 'dev'));
if (corpus.kind !== 'linking') throw new Error('expected linking groups');

const results: { recall: number; falseLinks: number; grey: number; params: string }[] = [];
for (const distance of [0.15, 0.25, 0.35])
  for (const time of [0.05, 0.15])
    for (const category of [0.2, 0.3, 0.4])
      for (const text of [0.2, 0.3, 0.4, 0.5])
        for (const sameMain of [0.6, 0.7, 0.8, 0.9])
          for (const linkThreshold of [0.6, 0.625, 0.65, 0.675, 0.7, 0.725, 0.75]) {
            const rules = createLinkingRules({ weights: { distance, time, category, text }, categoryScores: { sameMain }, linkThreshold });
            const f = linkingFigures(replayGroups(corpus.groups, { rules }));
            results.push({
              recall: f.recall.rate,
              falseLinks: f.falseLinkRate.successes,
              grey: f.greyRate.rate,
              params: JSON.stringify({ distance, time, category, text, sameMain, linkThreshold }),
            });
          }
for (let allowed = 0; allowed <= MAX_FALSE; allowed++) {
  console.log(`at most ${allowed} false links on the development half:`);
  results
    .filter((r) => r.falseLinks <= allowed)
    .sort((a, b) => b.recall - a.recall || a.grey - b.grey)
    .slice(0, 6)
    .forEach((r) => console.log(`  recall ${r.recall.toFixed(3)} false ${r.falseLinks} grey ${r.grey.toFixed(3)} ${r.params}`));
}
