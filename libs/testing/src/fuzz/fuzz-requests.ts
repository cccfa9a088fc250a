import fc from 'fast-check';
import type { Operation, Schema } from './openapi-operations';

/** Who sends a request: no one, a forged token, or a demo user of each kind (deploy/keycloak/loket-realm.json). */
export const CALLERS = [
  'anonymous',
  'forged-token',
  'bewoner',
  'vrijwilliger',
  'gemeente.stadsbeheer',
  'politie.wijkagent',
  'coordinator',
  'admin',
] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * What is wrong with a request that would change something: every write the fuzzer sends is defective by
 * construction, so none may be answered 2xx and none may leave a row behind. `body-*`: the body breaks its
 * schema; `unknown-resource`/`malformed-id`: a path parameter names nothing; `forged-token`: a token no Keycloak
 * signed, on an operation that asks for one. Reads (GET) carry no defect: any answer below 500 is fine for them.
 */
export type Defect =
  | 'body-not-an-object'
  | 'body-malformed-json'
  | 'body-missing-required'
  | 'body-unknown-property'
  | 'body-outside-enum'
  | 'body-too-long'
  | 'unknown-resource'
  | 'malformed-id'
  | 'forged-token';

export interface FuzzRequest {
  operation: Operation;
  caller: Caller;
  method: string;
  /** Path and query, e.g. `/api/v1/cases/abc?limit=7`. */
  url: string;
  contentType?: string;
  body?: string;
  defect?: Defect;
}

const NASTY_STRINGS = [
  '',
  ' ',
  '..',
  '../../etc/passwd',
  '%00',
  'null',
  'undefined',
  '-1',
  '0',
  '1e309',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '${7*7}',
  '\u0000',
  '😀'.repeat(3),
  'a'.repeat(5000),
];

const string = (schema: Schema): fc.Arbitrary<string> => {
  if (schema.enum?.length) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (schema.format === 'date')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'email') return fc.emailAddress();
  const maxLength = Math.min(schema.maxLength ?? 60, 200);
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength: Math.min(schema.minLength ?? 0, maxLength), maxLength }) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  );
};

/** A value of the schema's shape (not always valid: strings stay within the declared length, little else is kept). */
export function shaped(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.oneOf?.length || schema.anyOf?.length)
    return fc.oneof(...(schema.oneOf ?? schema.anyOf)!.map((s) => shaped(s, depth)));
  const type = Array.isArray(schema.type)
    ? schema.type[0]
    : (schema.type ?? (schema.properties ? 'object' : undefined));
  const value: fc.Arbitrary<unknown> = (() => {
    switch (type) {
      case 'string':
        return string(schema);
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000_000 });
      case 'number':
        return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 3
          ? fc.constant([])
          : fc.array(shaped(schema.items ?? {}, depth + 1), { maxLength: Math.min(schema.maxItems ?? 3, 3) });
      case 'object': {
        if (depth > 3 || !schema.properties) return fc.constant({});
        const keys = Object.keys(schema.properties);
        return fc.record(
          Object.fromEntries(keys.map((key) => [key, shaped(schema.properties![key]!, depth + 1)])),
          { requiredKeys: (schema.required ?? []).filter((k) => keys.includes(k)) },
        );
      }
      case undefined:
      default:
        return fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null));
    }
  })();
  return schema.nullable ? fc.option(value, { nil: null, freq: 8 }) : value;
}

/** The defects that make this operation's request invalid whoever sends it. */
function defectsOf(operation: Operation): Defect[] {
  const defects: Defect[] = [];
  const body = operation.body?.schema;
  if (body && (body.type === 'object' || body.properties)) {
    defects.push('body-not-an-object', 'body-malformed-json', 'body-unknown-property');
    if ((body.required ?? []).length > 0) defects.push('body-missing-required');
    const props = Object.values(body.properties ?? {});
    if (props.some((p) => p.enum?.length)) defects.push('body-outside-enum');
    if (props.some((p) => p.type === 'string' && p.maxLength !== undefined)) defects.push('body-too-long');
  }
  if (operation.parameters.some((p) => p.in === 'path')) defects.push('unknown-resource', 'malformed-id');
  return defects;
}

function defectiveBody(defect: Defect, schema: Schema): fc.Arbitrary<string> {
  const valid = shaped(schema) as fc.Arbitrary<Record<string, unknown>>;
  const props = Object.entries(schema.properties ?? {});
  switch (defect) {
    case 'body-not-an-object':
      return fc
        .oneof(fc.array(fc.integer(), { maxLength: 3 }), fc.string(), fc.integer(), fc.constant(null))
        .map((v) => JSON.stringify(v));
    case 'body-malformed-json':
      return fc.oneof(
        fc.constantFrom('{', '{"a":', "{'a': 1}", '[1,2', 'undefined', '{"__proto__":'),
        fc.string({ minLength: 1 }).map((s) => `{${s}`),
      );
    case 'body-missing-required':
      return fc
        .tuple(valid, fc.constantFrom(...(schema.required ?? [])))
        .map(([value, missing]) =>
          JSON.stringify(Object.fromEntries(Object.entries(value).filter(([key]) => key !== missing))),
        );
    case 'body-unknown-property':
      return fc
        .tuple(
          valid,
          fc.constantFrom('isAdmin', 'organisation_id', '__proto__x', 'constructor', 'zzUnknown'),
          fc.jsonValue(),
        )
        .map(([value, key, extra]) => JSON.stringify({ ...value, [key]: extra }));
    case 'body-outside-enum': {
      const withEnum = props.filter(([, p]) => p.enum?.length).map(([key]) => key);
      return fc
        .tuple(valid, fc.constantFrom(...withEnum))
        .map(([value, key]) => JSON.stringify({ ...value, [key]: 'zz-not-one-of-them' }));
    }
    case 'body-too-long': {
      const bounded = props.filter(([, p]) => p.type === 'string' && p.maxLength !== undefined);
      return fc
        .tuple(valid, fc.constantFrom(...bounded))
        .map(([value, [key, p]]) =>
          JSON.stringify({ ...value, [key]: 'x'.repeat(p.maxLength! + 1 + (p.maxLength! % 7)) }),
        );
    }
    case 'unknown-resource':
    case 'malformed-id':
    case 'forged-token':
      return valid.map((v) => JSON.stringify(v));
  }
}

const pathValue = (schema: Schema, defect: Defect | undefined): fc.Arbitrary<string> => {
  if (defect === 'malformed-id')
    return fc.oneof(
      fc.constantFrom(...NASTY_STRINGS.filter((s) => s.trim() !== '' && s !== '..' && !s.includes('/'))),
      fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && s !== '.' && s !== '..'),
    );
  if (defect === 'unknown-resource') return fc.uuid();
  return fc
    .oneof(
      { weight: 3, arbitrary: (shaped(schema) as fc.Arbitrary<unknown>).map(String) },
      { weight: 1, arbitrary: fc.uuid() },
    )
    .filter((s) => s.trim() !== '' && s !== '.' && s !== '..');
};

/** One request of an operation: a read with any parameters, or a write with one defect (see `Defect`). */
export function requestOf(operation: Operation): fc.Arbitrary<FuzzRequest> {
  const defects =
    operation.method === 'get'
      ? []
      : [...defectsOf(operation), ...(operation.secured ? (['forged-token'] as const) : [])];
  // A write with no defect to give it (public, no body, no path) is sent as a read would be.
  const write = defects.length > 0;
  const defect: fc.Arbitrary<Defect | undefined> = write
    ? fc.constantFrom(...defects)
    : fc.constant(undefined);
  return defect.chain((chosen) => {
    const pathParams = operation.parameters.filter((p) => p.in === 'path');
    const queryParams = operation.parameters.filter((p) => p.in === 'query');
    const caller: fc.Arbitrary<Caller> =
      chosen === 'forged-token'
        ? fc.constant('forged-token')
        : fc.constantFrom(...CALLERS.filter((c) => !write || c !== 'forged-token'));
    const pathDefect = chosen === 'unknown-resource' || chosen === 'malformed-id' ? chosen : undefined;
    // With a path defect, one parameter carries it and the others are ordinary.
    const path = fc
      .tuple(
        fc.nat({ max: Math.max(0, pathParams.length - 1) }),
        ...pathParams.map((p) => fc.tuple(pathValue(p.schema, pathDefect), pathValue(p.schema, undefined))),
      )
      .map(([which, ...values]) => {
        let url = operation.path;
        pathParams.forEach((p, i) => {
          const [defective, ordinary] = values[i] as [string, string];
          url = url.replace(`{${p.name}}`, encodeURIComponent(i === which ? defective : ordinary));
        });
        return url;
      });
    const query = fc
      .tuple(
        ...queryParams.map((p) =>
          fc.option(
            fc.oneof(
              { weight: 3, arbitrary: (shaped(p.schema) as fc.Arbitrary<unknown>).map(String) },
              { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
            ),
            { freq: 2 },
          ),
        ),
      )
      .map((values) => {
        const search = new URLSearchParams();
        queryParams.forEach((p, i) => values[i] !== null && search.set(p.name, values[i] as string));
        return search.size > 0 ? `?${search.toString()}` : '';
      });
    const bodySchema = operation.body?.schema;
    const body: fc.Arbitrary<string | undefined> = !bodySchema
      ? fc.constant(undefined)
      : chosen?.startsWith('body-')
        ? defectiveBody(chosen, bodySchema)
        : (shaped(bodySchema) as fc.Arbitrary<unknown>).map((v) => JSON.stringify(v));
    return fc.record({ caller, path, query, body }).map(({ caller: who, path: p, query: q, body: b }) => ({
      operation,
      caller: who,
      method: operation.method.toUpperCase(),
      url: `${p}${q}`,
      ...(b === undefined ? {} : { body: b, contentType: 'application/json' }),
      ...(chosen ? { defect: chosen } : {}),
    }));
  });
}
