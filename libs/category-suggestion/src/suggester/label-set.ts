import { LabelledExample } from '../examples/labelled-example';

/** A subcategory with its main category: what the classifier predicts. */
export interface CategoryLabel {
  readonly category: string;
  readonly subcategory: string;
}

/** The labels of a training set, numbered in order of first appearance. */
export class LabelSet {
  private readonly indexByKey = new Map<string, number>();
  private readonly list: CategoryLabel[] = [];

  static fromExamples(examples: readonly LabelledExample[]): LabelSet {
    const labels = new LabelSet();
    const mainBySubcategory = new Map<string, string>();
    for (const { category, subcategory } of examples) {
      const known = mainBySubcategory.get(subcategory);
      if (known !== undefined && known !== category) {
        throw new Error(`subcategory "${subcategory}" appears under both "${known}" and "${category}"`);
      }
      mainBySubcategory.set(subcategory, category);
      labels.add({ category, subcategory });
    }
    return labels;
  }

  get size(): number {
    return this.list.length;
  }

  get all(): readonly CategoryLabel[] {
    return this.list;
  }

  at(index: number): CategoryLabel {
    return this.list[index];
  }

  /** The number of a label; throws for a label not in the set. */
  indexOf(category: string, subcategory: string): number {
    const index = this.indexByKey.get(key(category, subcategory));
    if (index === undefined) throw new Error(`unknown label ${key(category, subcategory)}`);
    return index;
  }

  private add(label: CategoryLabel): void {
    const k = key(label.category, label.subcategory);
    if (this.indexByKey.has(k)) return;
    this.indexByKey.set(k, this.list.length);
    this.list.push({ category: label.category, subcategory: label.subcategory });
  }
}

function key(category: string, subcategory: string): string {
  return `${category}/${subcategory}`;
}
