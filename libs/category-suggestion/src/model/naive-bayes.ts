import { FeatureTable } from './feature-table';
import { log } from '../numeric';

/** Features of one text, as written by the FeatureExtractor. */
export interface FeatureVector {
  readonly hashes: Int32Array;
  readonly weights: Float32Array;
  readonly count: number;
}

/**
 * Multinomial naive Bayes over weighted binary features (a feature counts once per text, with the weight of its
 * kind), Laplace/Lidstone smoothing `alpha`, and a uniform prior over the labels: the examples are balanced by
 * construction and say nothing about how often each category is reported in real life.
 */
export class NaiveBayes {
  /** Per feature row, per label: log P(feature | label), row-major. */
  private readonly logLikelihood: Float32Array;
  /** Marks features already counted for the current text. */
  private readonly seen: Int32Array;
  private generation = 0;

  private constructor(
    private readonly table: FeatureTable,
    readonly labelCount: number,
    logLikelihood: Float32Array,
  ) {
    this.logLikelihood = logLikelihood;
    this.seen = new Int32Array(table.size);
  }

  /** Counts the features of every example; `labels[i]` is in [0, labelCount). */
  static train(
    vectors: readonly FeatureVector[],
    labels: readonly number[],
    labelCount: number,
    alpha: number,
  ): NaiveBayes {
    const table = new FeatureTable(vectors.length * 64);
    let counts = new Float64Array(1024 * labelCount);
    let lastText = new Int32Array(1024).fill(-1);
    const totals = new Float64Array(labelCount);
    vectors.forEach((vector, text) => {
      const label = labels[text];
      for (let i = 0; i < vector.count; i++) {
        const row = table.getOrAdd(vector.hashes[i]);
        if (row >= lastText.length) {
          counts = grown(counts, (row + 1) * 2 * labelCount);
          lastText = grown(lastText, (row + 1) * 2, -1);
        }
        if (lastText[row] === text) continue;
        lastText[row] = text;
        counts[row * labelCount + label] += vector.weights[i];
        totals[label] += vector.weights[i];
      }
    });
    const rows = table.size;
    const logLikelihood = new Float32Array(rows * labelCount);
    for (let label = 0; label < labelCount; label++) {
      const denominator = log(totals[label] + alpha * rows);
      for (let row = 0; row < rows; row++) {
        const cell = row * labelCount + label;
        logLikelihood[cell] = log(counts[cell] + alpha) - denominator;
      }
    }
    return new NaiveBayes(table, labelCount, logLikelihood);
  }

  /** Number of distinct features seen in training. */
  get featureCount(): number {
    return this.table.size;
  }

  /**
   * Writes the weighted log-likelihood of `vector` under each label into `out` (features unseen in training are
   * skipped) and returns the summed weight of the distinct known features (0: the text says nothing we know).
   */
  score(vector: FeatureVector, out: Float64Array): number {
    const { labelCount, logLikelihood, seen, table } = this;
    out.fill(0, 0, labelCount);
    const generation = this.nextGeneration();
    let weightSum = 0;
    for (let i = 0; i < vector.count; i++) {
      const row = table.get(vector.hashes[i]);
      if (row < 0 || seen[row] === generation) continue;
      seen[row] = generation;
      const weight = vector.weights[i];
      weightSum += weight;
      const base = row * labelCount;
      for (let label = 0; label < labelCount; label++) out[label] += weight * logLikelihood[base + label];
    }
    return weightSum;
  }

  private nextGeneration(): number {
    if (this.generation === 0x7fffffff) {
      this.seen.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }
}

function grown<T extends Float64Array | Int32Array>(array: T, size: number, fill = 0): T {
  const bigger = (array instanceof Float64Array ? new Float64Array(size) : new Int32Array(size)) as T;
  if (fill !== 0) bigger.fill(fill);
  bigger.set(array);
  return bigger;
}
