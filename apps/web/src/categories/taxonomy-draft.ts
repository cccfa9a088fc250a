import type { FieldError } from '../api/http';

/** The taxonomy document as routing's `/api/v1/taxonomy` keeps it (libs/taxonomy's shape). */
export interface Localised {
  nl: string;
  en: string;
}

export const QUESTION_KINDS = ['yes-no', 'text', 'choice', 'number'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const SENSITIVITIES = [1, 2, 3, 4] as const;

export interface Question {
  id: string;
  kind: QuestionKind;
  label: Localised;
  help?: Localised;
  required: boolean;
  options?: { value: string; label: Localised }[];
  maxLength?: number;
  min?: number;
  max?: number;
  integer?: boolean;
  urgentIf?: { equals: string | number | boolean; message: Localised };
}

export interface Subcategory {
  code: string;
  nl: string;
  en: string;
  organisation?: string;
  sensitivity?: number;
  questions?: Question[];
}

export interface MainCategory {
  code: string;
  name: Localised;
  sensitivity: number;
  organisation: string;
  sub: Subcategory[];
  questions?: Question[];
}

export interface TaxonomyDocument {
  categories: MainCategory[];
  organisations: { code: string; name: string; teams: string[] }[];
}

export interface TaxonomyVersion {
  version: number;
  status: 'draft' | 'published' | 'superseded';
  revision: number;
  categories: number;
  subcategories: number;
  questions: number;
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  supersededAt: string | null;
}

export interface TaxonomyVersionDocument extends TaxonomyVersion {
  taxonomy: TaxonomyDocument;
}

/** Whose questions: a main category, or one of its subcategories. */
export interface Owner {
  main: number;
  sub?: number;
}

/** Where an owner's fields are in the document, as the API names fields: `categories.2` or `categories.2.sub.0`. */
export function ownerPath(owner: Owner): string {
  return owner.sub === undefined ? `categories.${owner.main}` : `categories.${owner.main}.sub.${owner.sub}`;
}

export function questionsOf(doc: TaxonomyDocument, owner: Owner): Question[] {
  const main = doc.categories[owner.main];
  if (!main) return [];
  return (owner.sub === undefined ? main.questions : main.sub[owner.sub]?.questions) ?? [];
}

export function withCategory(doc: TaxonomyDocument, main: number, change: (c: MainCategory) => MainCategory): TaxonomyDocument {
  return { ...doc, categories: doc.categories.map((c, i) => (i === main ? change(c) : c)) };
}

export function withSubcategory(doc: TaxonomyDocument, main: number, sub: number, change: (s: Subcategory) => Subcategory): TaxonomyDocument {
  return withCategory(doc, main, (c) => ({ ...c, sub: c.sub.map((s, i) => (i === sub ? change(s) : s)) }));
}

/** The owner's questions changed; an empty list is left out of the document, as the seed has it. */
export function withQuestions(doc: TaxonomyDocument, owner: Owner, change: (questions: Question[]) => Question[]): TaxonomyDocument {
  const set = <T extends { questions?: Question[] }>(holder: T): T => {
    const { questions, ...rest } = holder;
    const next = change(questions ?? []);
    return (next.length ? { ...rest, questions: next } : rest) as T;
  };
  return owner.sub === undefined ? withCategory(doc, owner.main, set) : withSubcategory(doc, owner.main, owner.sub, set);
}

/** A new subcategory at the end of a main category, its code and names still to be filled in. */
export function addSubcategory(doc: TaxonomyDocument, main: number): TaxonomyDocument {
  return withCategory(doc, main, (c) => ({ ...c, sub: [...c.sub, { code: '', nl: '', en: '' }] }));
}

export function removeSubcategory(doc: TaxonomyDocument, main: number, sub: number): TaxonomyDocument {
  return withCategory(doc, main, (c) => ({ ...c, sub: c.sub.filter((_, i) => i !== sub) }));
}

/**
 * A new question: an id not yet asked of a report in this category (the main category's and its subcategories'
 * questions are asked together), a text, not required, labels still to be written.
 */
export function newQuestion(doc: TaxonomyDocument, owner: Owner): Question {
  const main = doc.categories[owner.main];
  const taken = new Set([...(main?.questions ?? []), ...(main?.sub ?? []).flatMap((s) => s.questions ?? [])].map((q) => q.id));
  let n = 1;
  while (taken.has(`vraag-${n}`)) n += 1;
  return { id: `vraag-${n}`, kind: 'text', label: { nl: '', en: '' }, required: false };
}

/** The question as another kind: a choice gets two empty options to fill in; what only the old kind had goes. */
export function withKind(question: Question, kind: QuestionKind): Question {
  const { options, maxLength, min, max, integer, urgentIf, ...rest } = question;
  const kept: Partial<Question> = {};
  if (kind === 'choice') kept.options = options && options.length ? options : [emptyOption(), emptyOption()];
  if (kind === 'text' && maxLength !== undefined) kept.maxLength = maxLength;
  if (kind === 'number') Object.assign(kept, min === undefined ? {} : { min }, max === undefined ? {} : { max }, integer === undefined ? {} : { integer });
  if (urgentIf && kind === question.kind) kept.urgentIf = urgentIf;
  return { ...rest, kind, ...kept };
}

export function emptyOption(): { value: string; label: Localised } {
  return { value: '', label: { nl: '', en: '' } };
}

/** The errors at a field, by its API name (`categories.0.sub.1.questions.0.options`). */
export function errorsAt(errors: readonly FieldError[], field: string): string[] {
  return errors.filter((e) => e.field === field).flatMap((e) => e.messages);
}

/** The main category an error is about (its index), or null for the document as a whole. */
export function mainOf(field: string): number | null {
  const match = /^categories\.(\d+)(\.|$)/.exec(field);
  return match ? Number(match[1]) : null;
}

/** An element id for a field, so an error can point at it and a summary can link to it. */
export function fieldId(field: string): string {
  return `tx-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** The document as the draft's PUT takes it, with the revision it was edited from. */
export function draftBody(doc: TaxonomyDocument, revision: number): TaxonomyDocument & { revision: number } {
  return { revision, categories: doc.categories, organisations: doc.organisations };
}
