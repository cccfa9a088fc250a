/**
 * `npm run bench -- category-suggestion`: trains the category suggester on the repository's examples, measures
 * suggestions per second on one thread, and reports the held-out accuracy. Prints one JSON object per line.
 */
import { CategorySuggester, evaluate, loadRepositoryExamples } from '../src';

const MEASURE_MS = Number(process.env['BENCH_MS'] ?? 3000);
const WARM_UP_ROUNDS = 3;

function emit(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function textsPerSecond(suggester: CategorySuggester, texts: readonly string[]): number {
  let sink = 0;
  for (let round = 0; round < WARM_UP_ROUNDS; round++)
    for (const text of texts) sink += suggester.suggest(text)[0].confidence;
  let done = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < MEASURE_MS) {
    for (const text of texts) sink += suggester.suggest(text)[0].confidence;
    done += texts.length;
    elapsed = performance.now() - started;
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  return (done / elapsed) * 1000;
}

function main(): void {
  const examples = loadRepositoryExamples();
  const started = performance.now();
  const suggester = CategorySuggester.fromRepositoryExamples();
  const trainMs = performance.now() - started;
  const texts = examples.map((example) => example.text);
  const rate = textsPerSecond(suggester, texts);
  emit({
    metric: 'classifier.texts_per_s',
    value: Math.round(rate),
    unit: 'texts/s',
    texts: texts.length,
    k: suggester.labels.length,
  });
  const report = evaluate(examples);
  const heldOut = report.heldOutExamples;
  emit({
    metric: 'classifier.heldout_main_accuracy',
    value: round(report.mainAccuracy),
    unit: 'ratio',
    examples: heldOut,
  });
  emit({
    metric: 'classifier.heldout_sub_accuracy',
    value: round(report.subAccuracy),
    unit: 'ratio',
    examples: heldOut,
  });
  emit({
    metric: 'classifier.heldout_sub_top3_accuracy',
    value: round(report.subTop3Accuracy),
    unit: 'ratio',
    examples: heldOut,
  });
  emit({ metric: 'classifier.train_ms', value: Math.round(trainMs), unit: 'ms', examples: examples.length });
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

main();
