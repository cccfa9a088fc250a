import type { Area, AreaKind } from '../area/area.types';
import { describe } from '../validate/format';
import { parseFeature } from './parse-feature';

export interface ParseAreaOptions {
  /** The kind of features without `properties.kind`; when absent, every feature must carry its own. */
  kind?: AreaKind;
}

/** One problem with the input: `feature` is the feature's id when it has one, else its index. */
export interface AreaParseError {
  feature: number | string;
  message: string;
}

export type ParseAreasResult = { ok: true; areas: Area[] } | { ok: false; errors: AreaParseError[] };

/** `feature` value of errors about the collection itself rather than one of its features. */
export const COLLECTION = 'FeatureCollection';

/**
 * Reads a GeoJSON FeatureCollection (an object, or JSON text) into areas, all or nothing: every
 * problem of every feature is reported, and no area is returned unless all are valid. Ids must be
 * unique within the collection.
 */
export function parseAreaCollection(json: unknown, options: ParseAreaOptions = {}): ParseAreasResult {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json) as unknown;
    } catch (e) {
      return {
        ok: false,
        errors: [{ feature: COLLECTION, message: `is not valid JSON: ${(e as Error).message}` }],
      };
    }
  }
  const collection = input as { type?: unknown; features?: unknown } | null;
  if (typeof collection !== 'object' || collection === null || collection.type !== 'FeatureCollection') {
    return {
      ok: false,
      errors: [
        { feature: COLLECTION, message: `input is ${describe(input)}, expected a GeoJSON FeatureCollection` },
      ],
    };
  }
  if (!Array.isArray(collection.features)) {
    return { ok: false, errors: [{ feature: COLLECTION, message: 'has no features array' }] };
  }
  const areas: Area[] = [];
  const errors: AreaParseError[] = [];
  const firstIndexOf = new Map<string, number>();
  collection.features.forEach((raw: unknown, index) => {
    const result = parseFeature(raw, options.kind);
    const id = result.ok ? result.area.id : result.id;
    const label = id === null ? `feature ${index}` : `feature ${index} (${id})`;
    if (id !== null) {
      const first = firstIndexOf.get(id);
      if (first !== undefined)
        errors.push({ feature: id, message: `${label}: duplicate id (also feature ${first})` });
      else firstIndexOf.set(id, index);
    }
    if (result.ok) areas.push(result.area);
    else
      for (const message of result.messages)
        errors.push({ feature: id ?? index, message: `${label}: ${message}` });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, areas };
}
