import type { Area, AreaKind } from '../area/area.types';
import type { Position } from '../geojson/geojson.types';
import { parseFeature } from '../parse/parse-feature';
import { describe } from '../validate/format';
import { findOverlaps } from './overlaps';

export type AreaProblemCode =
  | 'not-a-collection'
  | 'too-many-features'
  | 'too-many-vertices'
  | 'not-a-feature'
  | 'missing-id'
  | 'duplicate-id'
  | 'missing-name'
  | 'invalid-kind'
  | 'invalid-geometry'
  | 'self-intersection'
  | 'overlap';

/** One problem: `feature` is the index of the feature it concerns (null: the upload as a whole). */
export interface AreaProblem {
  code: AreaProblemCode;
  feature: number | null;
  message: string;
  /** For an overlap: the id of the other area, and a point inside both. */
  other?: string;
  at?: Position;
}

/** One feature of the upload as a map preview shows it: what could be read, and its problems. */
export interface FeaturePreview {
  index: number;
  id: string | null;
  name: string | null;
  kind: string | null;
  vertices: number;
  /** The geometry when it can be drawn (normalised when valid, as given otherwise); null when not drawable. */
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null;
  problems: AreaProblem[];
}

export interface AreaUploadLimits {
  maxFeatures: number;
  maxVerticesPerFeature: number;
  maxVertices: number;
}

export const DEFAULT_AREA_UPLOAD_LIMITS: AreaUploadLimits = { maxFeatures: 5_000, maxVerticesPerFeature: 20_000, maxVertices: 300_000 };

export interface AreaUploadOptions {
  /** The kind of features without `properties.kind`. */
  kind?: AreaKind;
  limits?: AreaUploadLimits;
  /** The areas in force: an upload may not overlap those of the same kind it does not replace (same id). */
  existing?: readonly Area[];
}

export interface AreaUploadCheck {
  ok: boolean;
  features: FeaturePreview[];
  /** Every problem, of the upload and of its features, in feature order. */
  problems: AreaProblem[];
  /** The areas to publish; empty unless ok. */
  areas: Area[];
}

/**
 * Checks an uploaded GeoJSON FeatureCollection of areas before it is published, feature by feature, so a map
 * can mark each problem where it is: readable features and their geometry (closed, non-self-intersecting rings,
 * holes inside shells), ids unique, names and kinds present, no overlap between official areas of one kind
 * (also with the areas in force it does not replace), and size limits (features, vertices per feature and in
 * all) checked before any geometry is read.
 */
export function checkAreaUpload(json: unknown, options: AreaUploadOptions = {}): AreaUploadCheck {
  const limits = options.limits ?? DEFAULT_AREA_UPLOAD_LIMITS;
  const collection = json as { type?: unknown; features?: unknown } | null;
  if (typeof collection !== 'object' || collection === null || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return failed([{ code: 'not-a-collection', feature: null, message: `The upload is ${describe(json)}, not a GeoJSON FeatureCollection with a features array.` }]);
  }
  const raws: unknown[] = collection.features;
  if (raws.length > limits.maxFeatures) {
    return failed([{ code: 'too-many-features', feature: null, message: `The upload has ${raws.length} features; at most ${limits.maxFeatures} are accepted at once.` }]);
  }
  const counts = raws.map((raw) => countPositions(isRecord(raw) ? (raw.geometry as { coordinates?: unknown } | null)?.coordinates : undefined));
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total > limits.maxVertices) {
    return failed([{ code: 'too-many-vertices', feature: null, message: `The upload has ${total} vertices; at most ${limits.maxVertices} are accepted at once. Simplify the geometry or upload in parts.` }]);
  }
  const read = raws.map((raw, index) => previewFeature(raw, index, counts[index] ?? 0, limits, options.kind));
  const features = read.map((r) => r.preview);
  markDuplicates(features);
  const areas = read.filter((r) => r.preview.problems.length === 0).flatMap((r) => (r.area ? [r.area] : []));
  markOverlaps(features, areas, options.existing ?? []);
  const problems = features.flatMap((f) => f.problems);
  return { ok: problems.length === 0, features, problems, areas: problems.length === 0 ? areas : [] };
}

function failed(problems: AreaProblem[]): AreaUploadCheck {
  return { ok: false, features: [], problems, areas: [] };
}

function previewFeature(raw: unknown, index: number, vertices: number, limits: AreaUploadLimits, kind: AreaKind | undefined): { preview: FeaturePreview; area: Area | null } {
  const label = (id: string | null) => (id === null ? `Feature ${index + 1}` : `Feature ${index + 1} (${id})`);
  if (!isRecord(raw) || raw.type !== 'Feature') {
    const problem: AreaProblem = { code: 'not-a-feature', feature: index, message: `${label(null)} is ${describe(raw)}, not a GeoJSON Feature.` };
    return { preview: { index, id: null, name: null, kind: null, vertices, geometry: null, problems: [problem] }, area: null };
  }
  const properties = isRecord(raw.properties) ? raw.properties : {};
  const name = typeof properties.name === 'string' && properties.name.trim() !== '' ? properties.name.trim() : null;
  const givenKind = typeof properties.kind === 'string' ? properties.kind : (kind ?? null);
  const preview: FeaturePreview = { index, id: idOf(raw, properties), name, kind: givenKind, vertices, geometry: drawable(raw.geometry), problems: [] };
  if (vertices > limits.maxVerticesPerFeature) {
    preview.problems.push({ code: 'too-many-vertices', feature: index, message: `${label(preview.id)} has ${vertices} vertices; at most ${limits.maxVerticesPerFeature} per area are accepted.` });
    return { preview, area: null };
  }
  const result = parseFeature(raw, kind);
  if (!result.ok) {
    for (const message of result.messages) preview.problems.push({ code: codeOf(message), feature: index, message: `${label(preview.id)}: ${message}.` });
    return { preview, area: null };
  }
  preview.geometry = result.area.geometry;
  return { preview, area: result.area };
}

/** The kind of problem a message of `parseFeature` names. */
export function codeOf(message: string): AreaProblemCode {
  if (message.startsWith('has no id')) return 'missing-id';
  if (message.startsWith('has no name')) return 'missing-name';
  if (message.startsWith('has kind') || message.startsWith('has no kind')) return 'invalid-kind';
  if (message.includes('is self-intersecting')) return 'self-intersection';
  return 'invalid-geometry';
}

function markDuplicates(features: FeaturePreview[]): void {
  const first = new Map<string, number>();
  for (const feature of features) {
    if (feature.id === null) continue;
    const earlier = first.get(feature.id);
    if (earlier === undefined) first.set(feature.id, feature.index);
    else {
      feature.problems.push({ code: 'duplicate-id', feature: feature.index, message: `Feature ${feature.index + 1} has id ${feature.id}, as feature ${earlier + 1} does already.`, other: feature.id });
    }
  }
}

function markOverlaps(features: FeaturePreview[], areas: Area[], existing: readonly Area[]): void {
  const uploaded = new Set(features.map((f) => f.id));
  const indexOf = new Map(features.filter((f) => f.id !== null && f.problems.length === 0).map((f) => [f.id as string, f.index]));
  const inForce = existing.filter((area) => !uploaded.has(area.id));
  const inForceIds = new Set(inForce.map((a) => a.id));
  for (const overlap of findOverlaps([...areas, ...inForce])) {
    for (const [self, other] of [[overlap.a, overlap.b], [overlap.b, overlap.a]] as const) {
      const index = indexOf.get(self);
      if (index === undefined) continue;
      const feature = features[index];
      const where = inForceIds.has(other) ? `area ${other}, which is in force` : `area ${other} of this upload`;
      feature.problems.push({ code: 'overlap', feature: index, message: `Feature ${index + 1} (${self}) overlaps ${where}; ${feature.kind} areas may share borders but not ground.`, other, at: overlap.at });
    }
  }
}

function idOf(feature: Record<string, unknown>, properties: Record<string, unknown>): string | null {
  if (typeof feature.id === 'string' && feature.id.trim() !== '') return feature.id.trim();
  if (typeof feature.id === 'number' && Number.isFinite(feature.id)) return String(feature.id);
  return typeof properties.code === 'string' && properties.code.trim() !== '' ? properties.code.trim() : null;
}

/** Positions in nested coordinate arrays (anything not an array counts nothing). Iterative, so deep nesting cannot overflow. */
function countPositions(coordinates: unknown): number {
  let count = 0;
  const stack: unknown[] = [coordinates];
  while (stack.length > 0) {
    const value = stack.pop();
    if (!Array.isArray(value)) continue;
    if (value.length > 0 && typeof value[0] === 'number') count++;
    else for (const item of value) stack.push(item);
  }
  return count;
}

/** A Polygon or MultiPolygon whose positions are all pairs of finite numbers: safe to draw, valid or not. */
function drawable(geometry: unknown): FeaturePreview['geometry'] {
  if (!isRecord(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return null;
  const depth = geometry.type === 'Polygon' ? 3 : 4;
  const ok = (value: unknown, level: number): boolean => {
    if (!Array.isArray(value)) return false;
    if (level === 1) return value.length >= 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
    return value.length > 0 && value.every((item) => ok(item, level - 1));
  };
  return ok(geometry.coordinates, depth) ? { type: geometry.type, coordinates: geometry.coordinates } : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
