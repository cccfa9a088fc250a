import { describe, expect, it } from 'vitest';
import { type AreaPreview, overlapMarkers, previewShapes, problemsByFeature, readGeoJsonFile } from './area-upload';

const textFile = (text: string) => ({ text: () => Promise.resolve(text) });
const square = { type: 'Polygon' as const, coordinates: [[[4.9, 52.3], [4.91, 52.3], [4.91, 52.31], [4.9, 52.3]]] };
const preview: AreaPreview = {
  publishable: false,
  features: [
    { index: 0, id: 'BU1', name: 'Noord', kind: 'buurt', vertices: 4, geometry: square, problems: [] },
    { index: 1, id: 'BU2', name: null, kind: 'buurt', vertices: 4, geometry: square, problems: [{ code: 'missing-name', feature: 1, message: 'no name' }, { code: 'overlap', feature: 1, message: 'o', other: 'BU3', at: [4.9, 52.3] }] },
    { index: 2, id: 'BU3', name: 'Zuid', kind: 'buurt', vertices: 0, geometry: null, problems: [{ code: 'overlap', feature: 2, message: 'o', other: 'BU2', at: [4.9, 52.3] }] },
  ],
  problems: [],
};
preview.problems = preview.features.flatMap((f) => f.problems);

describe('the area upload preview', () => {
  it('draws what can be drawn, problems marked, labelled by name or id', () => {
    expect(previewShapes(preview).map((s) => [s.label, s.problem])).toEqual([['Noord', false], ['BU2', true]]);
  });
  it('marks each overlap once', () => {
    expect(overlapMarkers(preview)).toEqual([[4.9, 52.3]]);
  });
  it('lists problems per feature, the upload’s own first', () => {
    const rows = problemsByFeature({ ...preview, problems: [{ code: 'too-many-features', feature: null, message: 'x' }, ...preview.problems] });
    expect(rows.map((r) => [r.feature?.id ?? null, r.problems.length])).toEqual([[null, 1], ['BU2', 2], ['BU3', 1]]);
  });
  it('reads a file as JSON, or says why not', async () => {
    expect(await readGeoJsonFile(textFile('{"type":"FeatureCollection","features":[]}'))).toEqual({ ok: true, json: { type: 'FeatureCollection', features: [] } });
    expect((await readGeoJsonFile(textFile('{oops'))).ok).toBe(false);
  });
});
