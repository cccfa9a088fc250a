import type { CategoryQuestion, LocalisedText, Taxonomy } from '../taxonomy.types';
import { QUESTION_KINDS } from '../taxonomy.types';

/** One problem of an edited taxonomy: `path` points at it (e.g. `categories[2].sub[0].questions[1].options`). */
export interface TaxonomyIssue {
  path: string;
  message: string;
}

const CODE = /^[a-z0-9-]{1,64}$/;
const QUESTION_ID = /^[a-z0-9-]{1,64}$/;

/**
 * Checks a two-level taxonomy an administrator edited, before it may be put in force: codes well-formed and
 * unique (see below), names in Dutch and English, sensitivity 1–4, each usual organisation one the taxonomy
 * knows (with at least one team), and each category's extra questions well-formed (unique ids within what one
 * report is asked — a main category's and its subcategory's together —, labels in both languages, options for a
 * choice, sensible bounds). Returns every issue; an empty list means it may be published. Pure.
 */
export function validateTaxonomy(taxonomy: Taxonomy): TaxonomyIssue[] {
  const issues: TaxonomyIssue[] = [];
  const organisations = new Set<string>();
  taxonomy.organisations.forEach((o, i) => {
    const path = `organisations[${i}]`;
    if (!CODE.test(o.code)) issues.push({ path: `${path}.code`, message: `"${o.code}" is not a code (a–z, 0–9 and -, at most 64)` });
    if (organisations.has(o.code)) issues.push({ path: `${path}.code`, message: `organisation ${o.code} appears twice` });
    organisations.add(o.code);
    if (o.teams.length === 0) issues.push({ path: `${path}.teams`, message: `organisation ${o.code} has no teams` });
  });
  // Main codes are unique among mains, subcategory codes among subcategories; a subcategory may share only its
  // own main category's code (e.g. overig/overig): a rule naming a code then still means one thing.
  const mains = new Map(taxonomy.categories.map((c, i) => [c.code, `categories[${i}]`] as const));
  const seenMains = new Map<string, string>();
  const subs = new Map<string, string>();
  const claim = (code: string, path: string, main: string | null) => {
    if (!CODE.test(code)) issues.push({ path: `${path}.code`, message: `"${code}" is not a code (a–z, 0–9 and -, at most 64)` });
    const seen = main === null ? seenMains : subs;
    const earlier = seen.get(code) ?? (main !== null && code !== main ? mains.get(code) : undefined);
    if (earlier) issues.push({ path: `${path}.code`, message: `code ${code} is used already at ${earlier}` });
    else seen.set(code, path);
  };
  if (taxonomy.categories.length === 0) issues.push({ path: 'categories', message: 'the taxonomy has no categories' });
  taxonomy.categories.forEach((category, c) => {
    const path = `categories[${c}]`;
    claim(category.code, path, null);
    names(category.name, `${path}.name`, issues);
    sensitivity(category.sensitivity, path, issues);
    organisation(category.organisation, path, organisations, issues);
    const mainIds = questions(category.questions ?? [], `${path}.questions`, new Set(), issues);
    category.sub.forEach((sub, s) => {
      const subPath = `${path}.sub[${s}]`;
      claim(sub.code, subPath, category.code);
      names({ nl: sub.nl, en: sub.en }, subPath, issues);
      if (sub.sensitivity !== undefined) sensitivity(sub.sensitivity, subPath, issues);
      if (sub.organisation !== undefined) organisation(sub.organisation, subPath, organisations, issues);
      questions(sub.questions ?? [], `${subPath}.questions`, mainIds, issues);
    });
  });
  return issues;
}

function names(name: LocalisedText, path: string, issues: TaxonomyIssue[]): void {
  for (const language of ['nl', 'en'] as const) {
    const text = name[language];
    if (typeof text !== 'string' || text.trim() === '') issues.push({ path: `${path}.${language}`, message: `has no ${language === 'nl' ? 'Dutch' : 'English'} name` });
    else if (text.length > 200) issues.push({ path: `${path}.${language}`, message: 'is longer than 200 characters' });
  }
}

function sensitivity(value: number, path: string, issues: TaxonomyIssue[]): void {
  if (!Number.isInteger(value) || value < 1 || value > 4) issues.push({ path: `${path}.sensitivity`, message: `sensitivity ${value} is not one of 1 (public space), 2 (nuisance), 3 (safety), 4 (about a person)` });
}

function organisation(code: string, path: string, known: Set<string>, issues: TaxonomyIssue[]): void {
  if (!known.has(code)) issues.push({ path: `${path}.organisation`, message: `organisation ${code} is not one of the taxonomy's organisations` });
}

/** Checks questions; ids must be unique among them and not repeat `taken` (the main category's). Returns the ids. */
function questions(list: readonly CategoryQuestion[], path: string, taken: ReadonlySet<string>, issues: TaxonomyIssue[]): Set<string> {
  const ids = new Set<string>();
  list.forEach((q, i) => {
    const at = `${path}[${i}]`;
    if (!QUESTION_ID.test(q.id)) issues.push({ path: `${at}.id`, message: `"${q.id}" is not a question id (a–z, 0–9 and -, at most 64)` });
    if (ids.has(q.id) || taken.has(q.id)) issues.push({ path: `${at}.id`, message: `question ${q.id} is asked twice of one report` });
    ids.add(q.id);
    if (!(QUESTION_KINDS as readonly string[]).includes(q.kind)) issues.push({ path: `${at}.kind`, message: `kind ${q.kind} is not one of ${QUESTION_KINDS.join(', ')}` });
    names(q.label, `${at}.label`, issues);
    if (q.kind === 'choice') {
      const values = (q.options ?? []).map((o) => o.value);
      if (values.length < 2) issues.push({ path: `${at}.options`, message: 'a choice needs at least two options' });
      if (new Set(values).size !== values.length) issues.push({ path: `${at}.options`, message: 'two options have the same value' });
      (q.options ?? []).forEach((o, k) => names(o.label, `${at}.options[${k}].label`, issues));
    } else if (q.options !== undefined) {
      issues.push({ path: `${at}.options`, message: `only a choice has options, not a ${q.kind} question` });
    }
    if (q.kind === 'text' && q.maxLength !== undefined && (!Number.isInteger(q.maxLength) || q.maxLength < 1 || q.maxLength > 2000)) {
      issues.push({ path: `${at}.maxLength`, message: 'maxLength must be a whole number from 1 to 2000' });
    }
    if (q.kind === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max) {
      issues.push({ path: `${at}.min`, message: `min ${q.min} is above max ${q.max}` });
    }
    if (q.urgentIf) names(q.urgentIf.message, `${at}.urgentIf.message`, issues);
  });
  return new Set([...taken, ...ids]);
}
