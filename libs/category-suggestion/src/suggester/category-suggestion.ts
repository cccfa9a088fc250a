/** One ranked guess: a subcategory with its main category and a calibrated probability. */
export interface CategorySuggestion {
  readonly category: string;
  readonly subcategory: string;
  readonly confidence: number;
}
