import { LabelledExample } from '../examples/labelled-example';
import { HashSeed, hashString } from '../features/hash';

/** Which of `buckets` buckets a text falls in, decided by a hash of the text alone (stable across runs). */
export function bucketOf(text: string, buckets: number, seed: number = HashSeed.Split): number {
  return (hashString(text, seed) >>> 0) % buckets;
}

export interface ExampleSplit {
  readonly training: LabelledExample[];
  readonly heldOut: LabelledExample[];
}

/** A deterministic split: a text goes to the held-out part when its hash falls in the first `heldOutPercent` of 100. */
export function splitExamples(examples: readonly LabelledExample[], heldOutPercent = 20): ExampleSplit {
  const training: LabelledExample[] = [];
  const heldOut: LabelledExample[] = [];
  for (const example of examples)
    (bucketOf(example.text, 100) < heldOutPercent ? heldOut : training).push(example);
  return { training, heldOut };
}
