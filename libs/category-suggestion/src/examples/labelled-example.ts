/** One labelled report text: what a resident wrote and the taxonomy's main category and subcategory codes. */
export interface LabelledExample {
  readonly text: string;
  readonly category: string;
  readonly subcategory: string;
}
