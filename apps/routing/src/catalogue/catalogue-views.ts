import type { CategoryQuestion, Taxonomy } from '@loket/taxonomy';

export interface LocalisedName {
  nl: string;
  en: string;
}

export interface SubcategoryView {
  code: string;
  name: LocalisedName;
  sensitivity: number;
  organisation: string;
  /** Extra questions of this subcategory, asked after its main category's. */
  questions: CategoryQuestion[];
}

export interface CategoryView {
  code: string;
  name: LocalisedName;
  /** 1 public space, 2 nuisance, 3 safety, 4 about a person or serious crime. */
  sensitivity: number;
  organisation: string;
  /** Extra questions every report of this main category answers (see libs/taxonomy). */
  questions: CategoryQuestion[];
  subcategories: SubcategoryView[];
}

export interface OrganisationView {
  code: string;
  name: string;
  teams: string[];
}

type TaxonomyFile = Pick<Taxonomy, 'categories' | 'organisations'>;

/** The taxonomy's (the one in force: TaxonomyInForce) categories; a subcategory inherits its main category's sensitivity and organisation. */
export function categoryViews(source: TaxonomyFile): CategoryView[] {
  return source.categories.map((c) => ({
    code: c.code,
    name: { nl: c.name.nl, en: c.name.en },
    sensitivity: c.sensitivity,
    organisation: c.organisation,
    questions: [...(c.questions ?? [])],
    subcategories: c.sub.map((s) => ({
      code: s.code,
      name: { nl: s.nl, en: s.en },
      sensitivity: s.sensitivity ?? c.sensitivity,
      organisation: s.organisation ?? c.organisation,
      questions: [...(s.questions ?? [])],
    })),
  }));
}

export function organisationViews(source: TaxonomyFile): OrganisationView[] {
  return source.organisations.map((o) => ({ code: o.code, name: o.name, teams: [...o.teams] }));
}
