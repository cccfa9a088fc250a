import taxonomy from './taxonomy.json';

export interface LocalisedName {
  nl: string;
  en: string;
}

export interface SubcategoryView {
  code: string;
  name: LocalisedName;
  sensitivity: number;
  organisation: string;
}

export interface CategoryView {
  code: string;
  name: LocalisedName;
  /** 1 public space, 2 nuisance, 3 safety, 4 about a person or serious crime. */
  sensitivity: number;
  organisation: string;
  subcategories: SubcategoryView[];
}

export interface OrganisationView {
  code: string;
  name: string;
  teams: string[];
}

interface TaxonomyFile {
  categories: {
    code: string;
    name: LocalisedName;
    sensitivity: number;
    organisation: string;
    sub: { code: string; nl: string; en: string; sensitivity?: number; organisation?: string }[];
  }[];
  organisations: { code: string; name: string; teams: string[] }[];
}

const TAXONOMY = taxonomy as TaxonomyFile;

/** The taxonomy's categories; a subcategory inherits its main category's sensitivity and organisation. */
export function categoryViews(source: TaxonomyFile = TAXONOMY): CategoryView[] {
  return source.categories.map((c) => ({
    code: c.code,
    name: { nl: c.name.nl, en: c.name.en },
    sensitivity: c.sensitivity,
    organisation: c.organisation,
    subcategories: c.sub.map((s) => ({
      code: s.code,
      name: { nl: s.nl, en: s.en },
      sensitivity: s.sensitivity ?? c.sensitivity,
      organisation: s.organisation ?? c.organisation,
    })),
  }));
}

export function organisationViews(source: TaxonomyFile = TAXONOMY): OrganisationView[] {
  return source.organisations.map((o) => ({ code: o.code, name: o.name, teams: [...o.teams] }));
}
