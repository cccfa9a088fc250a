import type { Position } from '../geojson/geojson.types';
import { COLLECTION, parseAreaCollection } from './parse-area-collection';

const square = (x: number, y: number, size = 0.015625): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const feature = (
  extra: Record<string, unknown>,
  properties: Record<string, unknown> | null,
  rings: unknown = [square(4.9, 52.37)],
) => ({
  type: 'Feature',
  ...extra,
  properties,
  geometry: { type: 'Polygon', coordinates: rings },
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('parseAreaCollection', () => {
  it('reads ids from properties.code or feature.id, names, and kinds from properties or the option', () => {
    const result = parseAreaCollection(
      collection(
        feature({}, { code: 'BU03630000', name: 'Kop Zeedijk' }),
        feature({ id: 'WK036300' }, { name: 'Burgwallen-Oude Zijde', kind: 'wijk' }),
        feature({ id: 42 }, { name: 'Rond het plein', kind: 'custom' }),
      ),
      { kind: 'buurt' },
    );
    expect(result.ok && result.areas.map(({ id, name, kind, bbox }) => ({ id, name, kind, bbox }))).toEqual([
      {
        id: 'BU03630000',
        name: 'Kop Zeedijk',
        kind: 'buurt',
        bbox: [4.9, 52.37, 4.9 + 0.015625, 52.37 + 0.015625],
      },
      {
        id: 'WK036300',
        name: 'Burgwallen-Oude Zijde',
        kind: 'wijk',
        bbox: [4.9, 52.37, 4.9 + 0.015625, 52.37 + 0.015625],
      },
      {
        id: '42',
        name: 'Rond het plein',
        kind: 'custom',
        bbox: [4.9, 52.37, 4.9 + 0.015625, 52.37 + 0.015625],
      },
    ]);
  });

  it('prefers feature.id over properties.code', () => {
    const result = parseAreaCollection(
      collection(feature({ id: 'own' }, { code: 'BU1', name: 'n', kind: 'buurt' })),
    );
    expect(result.ok && result.areas[0].id).toBe('own');
  });

  it('accepts JSON text', () => {
    const text = JSON.stringify(collection(feature({ id: 'a' }, { name: 'A', kind: 'custom' })));
    expect(parseAreaCollection(text).ok).toBe(true);
  });

  it('accepts an empty collection', () => {
    expect(parseAreaCollection(collection())).toEqual({ ok: true, areas: [] });
  });

  it('rejects what is not a FeatureCollection', () => {
    expect(parseAreaCollection('{oops')).toEqual({
      ok: false,
      errors: [{ feature: COLLECTION, message: expect.stringMatching(/^is not valid JSON: /) }],
    });
    expect(parseAreaCollection({ type: 'Feature' })).toEqual({
      ok: false,
      errors: [{ feature: COLLECTION, message: 'input is an object, expected a GeoJSON FeatureCollection' }],
    });
    expect(parseAreaCollection({ type: 'FeatureCollection' })).toEqual({
      ok: false,
      errors: [{ feature: COLLECTION, message: 'has no features array' }],
    });
  });

  it('reports every problem of every feature, by id when known and by index otherwise', () => {
    const result = parseAreaCollection(
      collection(
        feature({}, { code: 'BU1', name: 'Goed', kind: 'buurt' }),
        feature({}, null),
        feature({}, { code: 'BU2', name: '  ', kind: 'gemeente' }),
        feature({}, { code: 'BU3', name: 'Open', kind: 'buurt' }, [
          [
            [4.9, 52.3],
            [4.91, 52.3],
            [4.91, 52.31],
            [4.9, 52.31],
          ],
        ]),
        'not a feature',
        feature({}, { code: 'BU1', name: 'Nog een', kind: 'buurt' }),
      ),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { feature: 1, message: 'feature 1: has no id (feature.id or properties.code)' },
        { feature: 1, message: 'feature 1: has no name (properties.name)' },
        {
          feature: 1,
          message: 'feature 1: has no kind (properties.kind, or the kind option: buurt, wijk, custom)',
        },
        { feature: 'BU2', message: 'feature 2 (BU2): has no name (properties.name)' },
        {
          feature: 'BU2',
          message: 'feature 2 (BU2): has kind "gemeente"; expected one of buurt, wijk, custom',
        },
        {
          feature: 'BU3',
          message:
            'feature 3 (BU3): shell: is not closed: first position [4.9, 52.3] differs from last [4.9, 52.31]',
        },
        { feature: 4, message: 'feature 4: is "not a feature", expected a GeoJSON Feature' },
        { feature: 'BU1', message: 'feature 5 (BU1): duplicate id (also feature 0)' },
      ],
    });
  });

  it('does not share arrays with the input', () => {
    const input = collection(feature({ id: 'a' }, { name: 'A', kind: 'custom' }));
    const result = parseAreaCollection(input);
    if (!result.ok) throw new Error('expected ok');
    (input.features[0] as { geometry: { coordinates: Position[][] } }).geometry.coordinates[0][0][0] = 0;
    expect(result.areas[0].geometry.coordinates[0][0]).toEqual([4.9, 52.37]);
  });
});
