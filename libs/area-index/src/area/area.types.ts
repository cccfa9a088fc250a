import type { AreaGeometry, BBox } from '../geojson/geojson.types';

/** Official neighbourhood (CBS buurt), official district (CBS wijk), or an area drawn by an administrator. */
export type AreaKind = 'buurt' | 'wijk' | 'custom';

export const AREA_KINDS: readonly AreaKind[] = ['buurt', 'wijk', 'custom'];

/**
 * A validated area. `geometry` holds closed rings of `[lon, lat]` positions without repeated
 * consecutive positions; `bbox` is the bounding box of all its positions.
 */
export interface Area {
  id: string;
  name: string;
  kind: AreaKind;
  geometry: AreaGeometry;
  bbox: BBox;
}

export function isAreaKind(value: unknown): value is AreaKind {
  return typeof value === 'string' && (AREA_KINDS as readonly string[]).includes(value);
}
