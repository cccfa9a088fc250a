import type { Position } from '../geojson/geojson.types';
import { type AreaUploadLimits, checkAreaUpload, codeOf } from './check-area-upload';

const square = (x: number, y: number, size = 0.01): Position[][] => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];
const feature = (id: string | undefined, name: string | undefined, coordinates: unknown = square(4.9, 52.37), kind = 'buurt') => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties: { ...(name === undefined ? {} : { name }), kind },
  geometry: { type: 'Polygon', coordinates },
});
const upload = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const bowtie: Position[][] = [[[4.9, 52.37], [4.91, 52.38], [4.91, 52.37], [4.9, 52.38], [4.9, 52.37]]];

describe('checkAreaUpload', () => {
  it('accepts neighbourhoods that share borders, and gives the areas to publish', () => {
    const result = checkAreaUpload(upload(feature('BU1', 'Noord'), feature('BU2', 'Zuid', square(4.91, 52.37))));
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.areas.map((a) => a.id)).toEqual(['BU1', 'BU2']);
    expect(result.features.map((f) => [f.id, f.name, f.vertices, f.geometry?.type])).toEqual([['BU1', 'Noord', 5, 'Polygon'], ['BU2', 'Zuid', 5, 'Polygon']]);
  });

  it('marks every problem on the feature it concerns, and keeps what can be drawn', () => {
    const result = checkAreaUpload(
      upload(
        feature('BU1', 'Goed'),
        feature('BU2', 'Vlinderdas', bowtie),
        feature('BU3', undefined, square(4.95, 52.37)),
        feature('BU4', 'Half over BU1', square(4.905, 52.37)),
        feature('BU1', 'Nogmaals', square(4.97, 52.37)),
        'nonsense',
        feature('BU6', 'Open', [[[4.9, 52.4], [4.91, 52.4], [4.91, 52.41]]]),
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.areas).toEqual([]);
    expect(result.features.map((f) => f.problems.map((p) => p.code))).toEqual([
      ['overlap'],
      ['self-intersection'],
      ['missing-name'],
      ['overlap'],
      ['duplicate-id'],
      ['not-a-feature'],
      ['invalid-geometry'],
    ]);
    expect(result.features[1]?.geometry).toEqual({ type: 'Polygon', coordinates: bowtie });
    expect(result.features[1]?.problems[0]?.message).toMatch(/^Feature 2 \(BU2\): shell: is self-intersecting: /);
    expect(result.features[0]?.problems[0]).toMatchObject({ other: 'BU4', message: 'Feature 1 (BU1) overlaps area BU4 of this upload; buurt areas may share borders but not ground.', at: expect.any(Array) });
    expect(result.problems).toHaveLength(7);
  });

  it('checks overlaps with the areas in force it does not replace', () => {
    const inForce = checkAreaUpload(upload(feature('BU1', 'Oud'), feature('BU9', 'Elders', square(5, 52)))).areas;
    expect(checkAreaUpload(upload(feature('BU1', 'Nieuw', square(4.901, 52.37))), { existing: inForce }).ok).toBe(true);
    const clash = checkAreaUpload(upload(feature('BU2', 'Over BU9', square(5.005, 52))), { existing: inForce });
    expect(clash.problems).toMatchObject([{ code: 'overlap', feature: 0, other: 'BU9', message: expect.stringContaining('BU9, which is in force') }]);
  });

  it('refuses what is not a FeatureCollection', () => {
    expect(checkAreaUpload({ type: 'Feature' })).toEqual({ ok: false, features: [], areas: [], problems: [{ code: 'not-a-collection', feature: null, message: 'The upload is an object, not a GeoJSON FeatureCollection with a features array.' }] });
  });

  it('limits the features, the vertices per feature and the vertices in all, before reading geometry', () => {
    const limits: AreaUploadLimits = { maxFeatures: 2, maxVerticesPerFeature: 5, maxVertices: 12 };
    expect(checkAreaUpload(upload(feature('a', 'A'), feature('b', 'B'), feature('c', 'C')), { limits }).problems).toMatchObject([{ code: 'too-many-features', feature: null }]);
    const detailed: Position[][] = [[[4.9, 52.37], [4.905, 52.37], [4.91, 52.37], [4.91, 52.38], [4.9, 52.38], [4.9, 52.37]]];
    expect(checkAreaUpload(upload(feature('a', 'A', detailed)), { limits }).problems).toMatchObject([{ code: 'too-many-vertices', feature: 0, message: 'Feature 1 (a) has 6 vertices; at most 5 per area are accepted.' }]);
    expect(checkAreaUpload(upload(feature('a', 'A'), feature('b', 'B', square(5, 52))), { limits: { ...limits, maxVertices: 9 } }).problems).toMatchObject([{ code: 'too-many-vertices', feature: null }]);
  });

  it('uses the kind given for features without one', () => {
    const noKind = { type: 'Feature', id: 'x', properties: { name: 'X' }, geometry: { type: 'Polygon', coordinates: square(4.9, 52.37) } };
    expect(checkAreaUpload(upload(noKind)).problems.map((p) => p.code)).toEqual(['invalid-kind']);
    expect(checkAreaUpload(upload(noKind), { kind: 'custom' }).areas[0]?.kind).toBe('custom');
  });

  it('names problem kinds from the parser’s messages', () => {
    expect(codeOf('has no id (feature.id or properties.code)')).toBe('missing-id');
    expect(codeOf('has kind "gemeente"; expected one of buurt, wijk, custom')).toBe('invalid-kind');
    expect(codeOf('polygon 1 shell: is self-intersecting: edge 0–1 crosses edge 2–3')).toBe('self-intersection');
    expect(codeOf('has no geometry')).toBe('invalid-geometry');
  });
});
