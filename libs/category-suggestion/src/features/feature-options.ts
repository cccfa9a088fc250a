/** How a text becomes features; chosen by cross-validation on the training part of the examples. */
export interface FeatureOptions {
  /** Shortest and longest character n-gram of a word (with '<' and '>' marking its ends). */
  readonly charGramMin: number;
  readonly charGramMax: number;
  /** Weight of a stemmed content word. */
  readonly wordWeight: number;
  /** Weight of two neighbouring words (at least one of them a content word). */
  readonly bigramWeight: number;
  /** Weight of one character n-gram of a content word. */
  readonly charGramWeight: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  charGramMin: 3,
  charGramMax: 5,
  wordWeight: 1,
  bigramWeight: 1,
  charGramWeight: 0.3,
};
