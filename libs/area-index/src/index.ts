// @loket/area-index: neighbourhood areas (GeoJSON polygons and multipolygons with holes) and
// point-in-area lookup through a spatial index. Framework-free.
export type {
  AreaGeometry,
  BBox,
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  MultiPolygon,
  Polygon,
  Position,
} from './geojson/geojson.types';
export type { Area, AreaKind } from './area/area.types';
export { AREA_KINDS, isAreaKind } from './area/area.types';
export type { AreaFeatureProperties } from './area/area-features';
export { areasToFeatureCollection, areaToFeature } from './area/area-features';
export type { AreaParseError, ParseAreaOptions, ParseAreasResult } from './parse/parse-area-collection';
export { COLLECTION, parseAreaCollection } from './parse/parse-area-collection';
export { areaContains } from './index/compiled-area';
export { AreaIndex } from './index/area-index';
export { demoAreas, demoAreasFile, demoAreasGeoJson } from './demo/demo-areas';
export type { AreaOverlap } from './check/overlaps';
export { findOverlaps } from './check/overlaps';
export type {
  AreaProblem,
  AreaProblemCode,
  AreaUploadCheck,
  AreaUploadLimits,
  AreaUploadOptions,
  FeaturePreview,
} from './check/check-area-upload';
export { checkAreaUpload, DEFAULT_AREA_UPLOAD_LIMITS } from './check/check-area-upload';
