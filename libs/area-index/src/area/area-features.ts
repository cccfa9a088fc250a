import type { Feature, FeatureCollection } from '../geojson/geojson.types';
import type { Area } from './area.types';

export interface AreaFeatureProperties extends Record<string, unknown> {
  code: string;
  name: string;
  kind: Area['kind'];
}

/** An area as a GeoJSON Feature, readable again by `parseAreaCollection`. */
export function areaToFeature(area: Area): Feature<Area['geometry'], AreaFeatureProperties> {
  return {
    type: 'Feature',
    id: area.id,
    bbox: [...area.bbox],
    properties: { code: area.id, name: area.name, kind: area.kind },
    geometry: area.geometry,
  };
}

/** Areas as a GeoJSON FeatureCollection, e.g. to export what was imported. */
export function areasToFeatureCollection(
  areas: readonly Area[],
): FeatureCollection<Area['geometry'], AreaFeatureProperties> {
  return { type: 'FeatureCollection', features: areas.map(areaToFeature) };
}
