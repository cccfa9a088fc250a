import { SEED_TAXONOMY as taxonomy } from '@loket/taxonomy';

export interface TaxonomyCategory {
  code: string;
  sensitivity: number;
  organisation: string;
  sub: { code: string; organisation?: string; sensitivity?: number }[];
}

export interface ResolvedCategory {
  main: string;
  sub?: string;
  sensitivity: number;
  known: boolean;
}

const OTHER = 'overig';

/**
 * The categories routing knows: the taxonomy in force (the seed until TaxonomyInForce loads the published version,
 * and again whenever another is published). Resolves what a reporter chose (a main code, a sub code, or both) to
 * a known category with its sensitivity; anything unknown becomes "overig" (other).
 */
export class CategoryCatalogue {
  private byMain = new Map<string, TaxonomyCategory>();
  private mainOfSub = new Map<string, string>();

  constructor(categories: readonly TaxonomyCategory[] = taxonomy.categories as TaxonomyCategory[]) {
    this.use(categories);
  }

  /** From now on, these categories. */
  use(categories: readonly TaxonomyCategory[]): void {
    const byMain = new Map<string, TaxonomyCategory>();
    const mainOfSub = new Map<string, string>();
    for (const category of categories) {
      byMain.set(category.code, category);
      for (const sub of category.sub) if (!mainOfSub.has(sub.code)) mainOfSub.set(sub.code, category.code);
    }
    this.byMain = byMain;
    this.mainOfSub = mainOfSub;
  }

  resolve(choice: { main: string; sub?: string } | null): ResolvedCategory {
    if (!choice) return this.other();
    const mainCode = this.byMain.has(choice.main) ? choice.main : this.mainOfSub.get(choice.main);
    const main = mainCode ? this.byMain.get(mainCode) : undefined;
    if (!main) return this.other();
    const subCode = choice.sub ?? (mainCode !== choice.main ? choice.main : undefined);
    const sub = main.sub.find((s) => s.code === subCode);
    return { main: main.code, sub: sub?.code, sensitivity: sub?.sensitivity ?? main.sensitivity, known: true };
  }

  all(): TaxonomyCategory[] {
    return [...this.byMain.values()];
  }

  private other(): ResolvedCategory {
    return { main: OTHER, sub: OTHER, sensitivity: this.byMain.get(OTHER)?.sensitivity ?? 2, known: false };
  }
}
