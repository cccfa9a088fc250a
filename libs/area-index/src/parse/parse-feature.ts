import type { Area, AreaKind } from '../area/area.types';
import { AREA_KINDS, isAreaKind } from '../area/area.types';
import { describe } from '../validate/format';
import { readGeometry } from '../validate/read-geometry';

export type FeatureResult = { ok: true; area: Area } | { ok: false; id: string | null; messages: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `feature.id` (a non-empty string or a finite number), else `properties.code`. */
function idOf(feature: Record<string, unknown>, properties: Record<string, unknown>): string | null {
  const id = feature.id;
  if (typeof id === 'string' && id.trim() !== '') return id.trim();
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  const code = properties.code;
  if (typeof code === 'string' && code.trim() !== '') return code.trim();
  return null;
}

/** Reads one GeoJSON Feature into an Area: id, name, kind and a valid Polygon or MultiPolygon. */
export function parseFeature(raw: unknown, defaultKind: AreaKind | undefined): FeatureResult {
  if (!isRecord(raw) || raw.type !== 'Feature') {
    return { ok: false, id: null, messages: [`is ${describe(raw)}, expected a GeoJSON Feature`] };
  }
  const properties = isRecord(raw.properties) ? raw.properties : {};
  const messages: string[] = [];
  const id = idOf(raw, properties);
  if (id === null) messages.push('has no id (feature.id or properties.code)');
  const name = typeof properties.name === 'string' ? properties.name.trim() : '';
  if (name === '') messages.push('has no name (properties.name)');
  let kind: AreaKind | undefined = defaultKind;
  if (properties.kind !== undefined && properties.kind !== null) {
    if (isAreaKind(properties.kind)) kind = properties.kind;
    else messages.push(`has kind ${describe(properties.kind)}; expected one of ${AREA_KINDS.join(', ')}`);
  } else if (kind === undefined) {
    messages.push(`has no kind (properties.kind, or the kind option: ${AREA_KINDS.join(', ')})`);
  }
  const geometry = readGeometry(raw.geometry);
  if (!geometry.ok) messages.push(...geometry.messages);
  if (messages.length > 0 || !geometry.ok || id === null || kind === undefined) {
    return { ok: false, id, messages };
  }
  return { ok: true, area: { id, name, kind, geometry: geometry.geometry, bbox: geometry.bbox } };
}
