/** The routing service's check of an uploaded FeatureCollection (see @loket/area-index checkAreaUpload). */
export interface AreaProblem {
  code: string;
  feature: number | null;
  message: string;
  other?: string;
  at?: [number, number];
}

export interface FeaturePreview {
  index: number;
  id: string | null;
  name: string | null;
  kind: string | null;
  vertices: number;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null;
  problems: AreaProblem[];
}

export interface AreaPreview {
  publishable: boolean;
  features: FeaturePreview[];
  problems: AreaProblem[];
}

/** A shape for the map: its label, whether it has a problem, and its geometry. */
export interface MapShape {
  key: string;
  label: string;
  problem: boolean;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export interface AreaFeatureCollection {
  type: 'FeatureCollection';
  features: { id: string; properties: { code: string; name: string; kind: string }; geometry: MapShape['geometry'] }[];
}

/** The drawable features of a preview as map shapes, problems marked. */
export function previewShapes(preview: AreaPreview): MapShape[] {
  return preview.features.flatMap((f) =>
    f.geometry ? [{ key: `${f.index}`, label: f.name ?? f.id ?? `#${f.index + 1}`, problem: f.problems.length > 0, geometry: f.geometry }] : [],
  );
}

/** Points where two areas overlap, one per pair. */
export function overlapMarkers(preview: AreaPreview): [number, number][] {
  const seen = new Set<string>();
  const points: [number, number][] = [];
  for (const p of preview.problems) {
    if (p.code !== 'overlap' || !p.at) continue;
    const key = p.at.join(',');
    if (!seen.has(key)) {
      seen.add(key);
      points.push(p.at);
    }
  }
  return points;
}

/** The problems grouped by the feature they concern, in upload order; the upload's own problems under null. */
export function problemsByFeature(preview: AreaPreview): { feature: FeaturePreview | null; problems: AreaProblem[] }[] {
  const general = preview.problems.filter((p) => p.feature === null);
  const rows = preview.features.filter((f) => f.problems.length > 0).map((f) => ({ feature: f, problems: f.problems }));
  return general.length > 0 ? [{ feature: null, problems: general }, ...rows] : rows;
}

/** Reads an uploaded file as JSON; a file that is not JSON is the upload's own problem, said in `message`. */
export async function readGeoJsonFile(file: { text(): Promise<string> }): Promise<{ ok: true; json: unknown } | { ok: false; message: string }> {
  try {
    return { ok: true, json: JSON.parse(await file.text()) as unknown };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}
