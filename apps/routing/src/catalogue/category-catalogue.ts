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
 * The categories routing knows, seeded from the taxonomy. Resolves what a reporter chose (a main code, a sub
 * code, or both) to a known category with its sensitivity; anything unknown becomes "overig" (other).
 */
export class CategoryCatalogue {
  private readonly byMain = new Map<string, TaxonomyCategory>();
  private readonly mainOfSub = new Map<string, string>();

  constructor(categories: TaxonomyCategory[] = taxonomy.categories as TaxonomyCategory[]) {
    for (const category of categories) {
      this.byMain.set(category.code, category);
      for (const sub of category.sub) if (!this.mainOfSub.has(sub.code)) this.mainOfSub.set(sub.code, category.code);
    }
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
