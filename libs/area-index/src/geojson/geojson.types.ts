/**
 * The slice of GeoJSON (RFC 7946) that areas use. Positions are `[longitude, latitude]` in WGS84
 * degrees; a ring is closed (its first and last positions are equal); a polygon's first ring is its
 * shell and the others are holes.
 */
export type Position = [lon: number, lat: number];

/** `[minLon, minLat, maxLon, maxLat]`. */
export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export interface Polygon {
  type: 'Polygon';
  coordinates: Position[][];
}

export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

export type AreaGeometry = Polygon | MultiPolygon;

export type GeoJsonProperties = Record<string, unknown> | null;

export interface Feature<G = AreaGeometry, P extends GeoJsonProperties = GeoJsonProperties> {
  type: 'Feature';
  id?: string | number;
  properties: P;
  geometry: G | null;
  bbox?: BBox;
}

export interface FeatureCollection<G = AreaGeometry, P extends GeoJsonProperties = GeoJsonProperties> {
  type: 'FeatureCollection';
  features: Feature<G, P>[];
  bbox?: BBox;
}
