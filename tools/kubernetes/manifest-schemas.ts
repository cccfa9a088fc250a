/**
 * Validates a rendered object against the schema of its kind:
 * - Kubernetes' own kinds with `kubernetes-models` (validators generated from Kubernetes' OpenAPI document);
 * - CloudNativePG's `Cluster` with `@kubernetes-models/cloudnative-pg` (generated from its CRDs);
 * - Strimzi's kinds with the schemas generated from io.strimzi:api (deploy/kubernetes/schemas, see
 *   generate-strimzi-schemas.sh), strict about unknown fields as the API server is for custom resources.
 * The Keycloak operator's kinds have no schema to be had from npm, Maven Central or Debian (the operator's CRDs
 * are published only with its releases): `schemaOf` says so and the caller decides.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { ValidateFunction } from 'ajv';
import type { KubernetesObject } from './render-overlay';

export type SchemaCheck = { validated: true; errors: string[] } | { validated: false; reason: string };

/** Kinds known to have no schema available here, and why. */
export const UNVALIDATED_KINDS: Readonly<Record<string, string>> = {
  'k8s.keycloak.org/v2alpha1 Keycloak': 'the Keycloak operator publishes its CRDs only with its releases (not on npm, Maven Central or Debian)',
  'k8s.keycloak.org/v2alpha1 KeycloakRealmImport': 'the Keycloak operator publishes its CRDs only with its releases (not on npm, Maven Central or Debian)',
};

interface Model {
  validate(): void;
}
type ModelClass = new (data: unknown) => Model;

export class ManifestSchemas {
  private readonly strimzi = new Map<string, ValidateFunction>();

  constructor(strimziSchemaDirectory: string) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    for (const file of readdirSync(strimziSchemaDirectory).filter((f) => f.endsWith('.json'))) {
      const { group, version, kind, openAPIV3Schema } = JSON.parse(readFileSync(join(strimziSchemaDirectory, file), 'utf8'));
      this.strimzi.set(`${group}/${version} ${kind}`, ajv.compile(closedObjects(openAPIV3Schema) as object));
    }
  }

  check(object: KubernetesObject): SchemaCheck {
    const key = `${object.apiVersion} ${object.kind}`;
    const strimzi = this.strimzi.get(key);
    if (strimzi) {
      return { validated: true, errors: strimzi(object) ? [] : (strimzi.errors ?? []).map((e) => `${e.instancePath} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${e.params['additionalProperty']})` : ''}`) };
    }
    const model = modelOf(object.apiVersion, object.kind);
    if (model) {
      try {
        new model(object).validate();
        return { validated: true, errors: [] };
      } catch (error) {
        return { validated: true, errors: [(error as Error).message] };
      }
    }
    return { validated: false, reason: UNVALIDATED_KINDS[key] ?? `no schema known for ${key}` };
  }
}

/** The model class of a kind, from kubernetes-models or the CloudNativePG models; undefined when neither has it. */
function modelOf(apiVersion: string, kind: string): ModelClass | undefined {
  const modules = apiVersion.startsWith('postgresql.cnpg.io/')
    ? [`@kubernetes-models/cloudnative-pg/${apiVersion}/${kind}`]
    : [`kubernetes-models/${apiVersion}/${kind}`];
  for (const name of modules) {
    try {
      // one module per kind, looked up by name
      const loaded = require(name) as Record<string, ModelClass>;
      if (loaded[kind]) return loaded[kind];
    } catch {
      // not a kind this package has
    }
  }
  return undefined;
}

/**
 * The API server prunes (or, with strict field validation, refuses) a custom resource's fields that its schema does
 * not name, unless the schema keeps unknown fields: a misspelt field would silently vanish. So every object schema
 * that names its properties is closed here.
 */
function closedObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closedObjects);
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'properties' ? mapValues(value as Record<string, unknown>, closedObjects) : closedObjects(value);
  if (copy['properties'] && copy['additionalProperties'] === undefined && !copy['x-kubernetes-preserve-unknown-fields']) copy['additionalProperties'] = false;
  return copy;
}

function mapValues(record: Record<string, unknown>, map: (value: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, map(v)]));
}
