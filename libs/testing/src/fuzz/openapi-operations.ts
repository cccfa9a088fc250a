import { LoketServices, SERVICE_NAMES } from '../loket-services';

/**
 * The operations of an OpenAPI 3 document, flattened for the fuzzer: method, path template, its parameters and
 * its request body's schema, with every `$ref` resolved against the document's components.
 */

/** The part of JSON Schema (as OpenAPI 3.0 writes it) the fuzzer reads. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  additionalProperties?: boolean | Schema;
}

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  service: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As the document writes it, e.g. `/api/v1/cases/{caseId}/notes`. */
  path: string;
  parameters: OperationParameter[];
  /** Whether it asks for a bearer token (its `security`); a public one may ignore a token it cannot use. */
  secured: boolean;
  /** The JSON (or form) body's schema; undefined when the operation takes none. */
  body?: { contentType: string; schema: Schema };
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: (OperationParameter | { $ref: string })[];
        requestBody?: { content?: Record<string, { schema?: Schema }> };
        security?: unknown[];
      }
    >
  >;
  security?: unknown[];
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of the document, its schemas resolved (a recursive schema is cut at the second visit). */
export function operationsOf(service: string, document: OpenApiDocument): Operation[] {
  const schemas = document.components?.schemas ?? {};
  const resolve = (schema: Schema | undefined, seen: readonly string[] = []): Schema => {
    if (!schema) return {};
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      if (seen.includes(name)) return { type: 'object' };
      return resolve(schemas[name], [...seen, name]);
    }
    const resolved: Schema = { ...schema };
    if (schema.properties) {
      resolved.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([key, value]) => [key, resolve(value, seen)]),
      );
    }
    if (schema.items) resolved.items = resolve(schema.items, seen);
    for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
      if (schema[key]) resolved[key] = schema[key]!.map((s) => resolve(s, seen));
    }
    if (resolved.allOf) {
      const merged = resolved.allOf.reduce<Schema>(
        (all, part) => ({
          ...all,
          ...part,
          properties: { ...all.properties, ...part.properties },
          required: [...(all.required ?? []), ...(part.required ?? [])],
        }),
        {},
      );
      delete resolved.allOf;
      return { ...merged, ...resolved, properties: { ...merged.properties, ...resolved.properties } };
    }
    return resolved;
  };
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = (operation.parameters ?? [])
        .filter((p): p is OperationParameter => !('$ref' in p))
        .map((p) => ({
          name: p.name,
          in: p.in,
          required: p.required ?? p.in === 'path',
          schema: resolve(p.schema),
        }));
      const content = operation.requestBody?.content ?? {};
      const contentType = Object.keys(content)[0];
      operations.push({
        service,
        method,
        path,
        parameters,
        secured: (operation.security ?? document.security ?? []).length > 0,
        ...(contentType ? { body: { contentType, schema: resolve(content[contentType]?.schema) } } : {}),
      });
    }
  }
  return operations;
}

/** Every operation the running services document (`/api/docs/openapi.json` of each), service by service. */
export async function operationsOfServices(loket: LoketServices): Promise<Operation[]> {
  const operations: Operation[] = [];
  for (const service of SERVICE_NAMES) {
    const response = await fetch(`${loket.services[service].url}/api/docs/openapi.json`);
    if (!response.ok) throw new Error(`${service} serves no OpenAPI document: ${response.status}`);
    operations.push(...operationsOf(service, (await response.json()) as OpenApiDocument));
  }
  return operations;
}
