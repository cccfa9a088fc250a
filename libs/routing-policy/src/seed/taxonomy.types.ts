/** The shape of the category taxonomy JSON (shared/design/taxonomy.json). Extra fields are allowed. */
export interface TaxonomySubcategory {
  code: string;
  nl: string;
  en: string;
  /** Overrides the main category's organisation. */
  organisation?: string;
  /** Overrides the main category's sensitivity. */
  sensitivity?: number;
}

export interface TaxonomyCategory {
  code: string;
  name: { nl: string; en: string };
  /** 1 public space, 2 nuisance, 3 safety, 4 about a person or serious crime. */
  sensitivity: number;
  organisation: string;
  sub: readonly TaxonomySubcategory[];
}

export interface TaxonomyOrganisation {
  code: string;
  name: string;
  teams: readonly string[];
}

export interface Taxonomy {
  categories: readonly TaxonomyCategory[];
  organisations: readonly TaxonomyOrganisation[];
}
