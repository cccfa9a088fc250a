/** A text in each language Loket speaks. */
export interface LocalisedText {
  nl: string;
  en: string;
}

export const QUESTION_KINDS = ['yes-no', 'text', 'choice', 'number'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** One answer a reporter may give: yes/no, a text, an option's value or a number. */
export type AnswerValue = boolean | string | number;

export interface QuestionOption {
  value: string;
  label: LocalisedText;
}

/**
 * An extra question a category asks the reporter. `urgentIf`: when the answer equals `equals`, the form tells
 * the reporter `message` at once (e.g. "call 112"); the answer is then marked urgent in the case file.
 */
export interface CategoryQuestion {
  id: string;
  kind: QuestionKind;
  label: LocalisedText;
  help?: LocalisedText;
  required: boolean;
  /** For `choice`: the options, by value. */
  options?: QuestionOption[];
  /** For `text`: at most this many characters (500 when not given). */
  maxLength?: number;
  /** For `number`: the bounds, inclusive, and whether only whole numbers count. */
  min?: number;
  max?: number;
  integer?: boolean;
  urgentIf?: { equals: AnswerValue; message: LocalisedText };
}

export interface TaxonomySubcategory {
  code: string;
  nl: string;
  en: string;
  organisation?: string;
  sensitivity?: number;
  questions?: CategoryQuestion[];
}

export interface TaxonomyCategory {
  code: string;
  name: LocalisedText;
  /** 1 public space, 2 nuisance, 3 safety, 4 about a person or serious crime. */
  sensitivity: number;
  organisation: string;
  sub: TaxonomySubcategory[];
  questions?: CategoryQuestion[];
}

export interface TaxonomyOrganisation {
  code: string;
  name: string;
  teams: string[];
}

export interface Taxonomy {
  categories: TaxonomyCategory[];
  organisations: TaxonomyOrganisation[];
}
