import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Area } from '../area/area.types';
import { parseAreaCollection } from '../parse/parse-area-collection';

const RELATIVE = path.join('libs', 'area-index', 'data', 'demo-areas.geojson');

/**
 * Where the demo areas file is: next to the library's sources (`../../data` from here, which is
 * where ts-node and ts-jest run this file), else in `libs/area-index/data` of an ancestor of this
 * file or of the working directory (for compiled output under `dist/`).
 */
export function demoAreasFile(): string {
  const beside = path.resolve(__dirname, '..', '..', 'data', 'demo-areas.geojson');
  if (fs.existsSync(beside)) return beside;
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, RELATIVE);
      if (fs.existsSync(candidate)) return candidate;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`demo areas: ${RELATIVE} not found from ${__dirname} or ${process.cwd()}`);
}

/** The demo municipality's areas as GeoJSON (a FeatureCollection), e.g. to import through the API. */
export function demoAreasGeoJson(): unknown {
  return JSON.parse(fs.readFileSync(demoAreasFile(), 'utf8')) as unknown;
}

/**
 * The demo municipality's areas (fictional, around lat 52.35–52.39, lon 4.86–4.93): 2 wijken, 6
 * buurten tiling them, and 2 custom areas (one across buurt boundaries, one around a park).
 */
export function demoAreas(): Area[] {
  const result = parseAreaCollection(demoAreasGeoJson());
  if (!result.ok) {
    throw new Error(`demo areas are invalid: ${result.errors.map((e) => e.message).join('; ')}`);
  }
  return result.areas;
}
