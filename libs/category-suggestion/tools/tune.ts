/**
 * Hyper-parameter search by 5-fold cross-validation on the TRAINING part of the examples only (the held-out part is
 * never read here), so the held-out accuracy that `evaluate()` reports stays an honest estimate.
 *
 *   TS_NODE_PROJECT=tsconfig.json node -r ts-node/register/transpile-only -r tsconfig-paths/register \
 *     libs/category-suggestion/tools/tune.ts '[{}, {"alpha": 0.3}, {"features": {"charGramWeight": 0.5}}]' [--errors]
 *
 * Prints one line per option set: mean main/sub accuracy and log-loss over the folds (`--errors`: also each miss).
 */
import { bucketOf } from '../src/evaluation/split';
import {
  CategorySuggester,
  ClassifierOptionsOverride,
  loadRepositoryExamples,
  measure,
  splitExamples,
} from '../src';

const FOLDS = 5;
const showErrors = process.argv.includes('--errors');
const CV_SEED = 0x3c6ef372;

interface Score {
  main: number;
  sub: number;
  logLoss: number;
}

function crossValidate(options: ClassifierOptionsOverride): Score {
  const { training } = splitExamples(loadRepositoryExamples());
  const folds = training.map((e) => bucketOf(e.text, FOLDS, CV_SEED));
  const total: Score = { main: 0, sub: 0, logLoss: 0 };
  for (let fold = 0; fold < FOLDS; fold++) {
    const suggester = CategorySuggester.train(
      training.filter((_, i) => folds[i] !== fold),
      options,
    );
    const m = measure(
      suggester,
      training.filter((_, i) => folds[i] === fold),
      [],
    );
    total.main += m.mainAccuracy / FOLDS;
    total.sub += m.subAccuracy / FOLDS;
    total.logLoss += m.logLoss / FOLDS;
    if (showErrors)
      for (const e of m.misclassified)
        console.log(`${e.expected} -> ${e.suggested} (${e.confidence.toFixed(2)}): ${e.text}`);
  }
  return total;
}

const grid: ClassifierOptionsOverride[] = JSON.parse(
  process.argv.slice(2).find((a) => a.startsWith('[')) ?? '[{}]',
);
for (const options of grid) {
  const s = crossValidate(options);
  console.log(
    JSON.stringify({
      options,
      main: +s.main.toFixed(4),
      sub: +s.sub.toFixed(4),
      logLoss: +s.logLoss.toFixed(4),
    }),
  );
}
