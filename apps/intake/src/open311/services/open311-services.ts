import type { CategoryQuestion, Taxonomy, TaxonomyCategory } from '@loket/taxonomy';
import { questionsFor } from '@loket/taxonomy';

export type Open311Locale = 'nl' | 'en';

/** A GeoReport v2 service: one per category an Open311 client may report in. */
export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  /** True when the service has attributes (the category's extra questions): GET services/{code} lists them. */
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
}

export interface Open311AttributeValue {
  key: string;
  name: string;
}

/** A GeoReport v2 attribute: one extra question of the category, its id as `code`. */
export interface Open311Attribute {
  variable: true;
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values?: Open311AttributeValue[];
}

export interface Open311ServiceDefinition {
  service_code: string;
  attributes: Open311Attribute[];
}

/**
 * The categories an Open311 client may report in, as services: the main categories and subcategories that the
 * public Open311 feed shows (`publicCodes`, from routing, which decides what is public), in the taxonomy's order,
 * with `metadata: true` where the category asks extra questions.
 */
export function open311Services(taxonomy: Taxonomy, publicCodes: ReadonlySet<string>, locale: Open311Locale): Open311Service[] {
  return taxonomy.categories
    .filter((main) => publicCodes.has(main.code))
    .flatMap((main) => {
      const group = main.name[locale];
      const service = (code: string, name: string, description: string, keywords: string): Open311Service => ({
        service_code: code,
        service_name: name,
        description,
        metadata: questionsFor(taxonomy, { main: code }).questions.length > 0,
        type: 'realtime',
        keywords,
        group,
      });
      return [
        service(main.code, group, group, main.code),
        ...main.sub.filter((sub) => publicCodes.has(sub.code)).map((sub) => service(sub.code, sub[locale], `${group}: ${sub[locale]}`, `${main.code},${sub.code}`)),
      ];
    });
}

/** A service's attributes: its category's extra questions (a subcategory's follow its main category's). */
export function open311ServiceDefinition(taxonomy: Taxonomy, code: string, locale: Open311Locale): Open311ServiceDefinition {
  const { questions } = questionsFor(taxonomy, { main: code });
  return { service_code: code, attributes: questions.map((question, i) => toAttribute(question, i + 1, locale)) };
}

/** Which taxonomy category a service code names (a main code, or a sub code standing alone). */
export function categoryOfService(taxonomy: Taxonomy, code: string): { main: TaxonomyCategory; sub?: string } | null {
  const main = taxonomy.categories.find((c) => c.code === code);
  if (main) return { main };
  const parent = taxonomy.categories.find((c) => c.sub.some((s) => s.code === code));
  return parent ? { main: parent, sub: code } : null;
}

function toAttribute(question: CategoryQuestion, order: number, locale: Open311Locale): Open311Attribute {
  const base = { variable: true as const, code: question.id, required: question.required, order, description: question.label[locale] };
  const help = question.help?.[locale] ?? null;
  switch (question.kind) {
    case 'yes-no':
      return {
        ...base,
        datatype: 'singlevaluelist',
        datatype_description: help,
        values: [
          { key: 'true', name: locale === 'nl' ? 'Ja' : 'Yes' },
          { key: 'false', name: locale === 'nl' ? 'Nee' : 'No' },
        ],
      };
    case 'choice':
      return {
        ...base,
        datatype: 'singlevaluelist',
        datatype_description: help,
        values: (question.options ?? []).map((o) => ({ key: o.value, name: o.label[locale] })),
      };
    case 'number':
      return { ...base, datatype: 'number', datatype_description: help ?? numberRange(question) };
    case 'text':
      return { ...base, datatype: 'text', datatype_description: help ?? `≤ ${question.maxLength ?? 500}` };
  }
}

function numberRange(question: CategoryQuestion): string | null {
  const parts = [question.min !== undefined ? `≥ ${question.min}` : '', question.max !== undefined ? `≤ ${question.max}` : '', question.integer ? 'integer' : ''];
  const text = parts.filter(Boolean).join(', ');
  return text || null;
}

/**
 * A form's attribute values (always text in `application/x-www-form-urlencoded`) as the answers the category's
 * questions expect: `true`/`false` for yes-no, a number for number; other values as given, so the same check as
 * the JSON API names anything wrong (`answers.<code>`).
 */
export function answersFromAttributes(taxonomy: Taxonomy, code: string, attributes: Record<string, unknown>): Record<string, unknown> {
  const { questions } = questionsFor(taxonomy, { main: code });
  const kinds = new Map(questions.map((q) => [q.id, q.kind]));
  const answers: Record<string, unknown> = {};
  for (const [id, raw] of Object.entries(attributes)) {
    const value = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
    answers[id] = typeof value === 'string' ? typed(kinds.get(id), value.trim()) : value;
  }
  return answers;
}

function typed(kind: CategoryQuestion['kind'] | undefined, value: string): unknown {
  if (kind === 'yes-no') return value === 'true' ? true : value === 'false' ? false : value;
  if (kind === 'number' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}
