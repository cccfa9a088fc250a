import { AreaIndex } from '../index/area-index';
import { demoAreas, demoAreasGeoJson } from './demo-areas';

describe('demoAreas', () => {
  const areas = demoAreas();
  const index = AreaIndex.build(areas);
  const kinds = (ids: string[]) => ids.map((id) => index.get(id)!.kind);

  it('holds 2 wijken, 6 buurten with CBS-like codes and 2 custom areas, within the demo region', () => {
    expect(areas.filter((a) => a.kind === 'wijk').map((a) => a.id)).toEqual(['WK999901', 'WK999902']);
    const buurten = areas.filter((a) => a.kind === 'buurt');
    expect(buurten).toHaveLength(6);
    for (const b of buurten) expect(b.id).toMatch(/^BU9999\d{4}$/);
    expect(areas.filter((a) => a.kind === 'custom')).toHaveLength(2);
    for (const a of areas) {
      expect(a.bbox[0]).toBeGreaterThanOrEqual(4.86);
      expect(a.bbox[2]).toBeLessThanOrEqual(4.93);
      expect(a.bbox[1]).toBeGreaterThanOrEqual(52.35);
      expect(a.bbox[3]).toBeLessThanOrEqual(52.39);
    }
  });

  it('tiles each wijk with its buurten: every point of a wijk lies in a buurt of that wijk, and vice versa', () => {
    const properties = new Map(
      (
        demoAreasGeoJson() as { features: { properties: { code?: string; wijkcode?: string } }[] }
      ).features.map((f) => [f.properties.code, f.properties.wijkcode]),
    );
    for (let i = 0; i <= 140; i++) {
      for (let j = 0; j <= 80; j++) {
        const ids = index.areasAt(4.86 + i * 0.0005, 52.35 + j * 0.0005);
        const wijken = ids.filter((id) => index.get(id)!.kind === 'wijk');
        const buurten = ids.filter((id) => index.get(id)!.kind === 'buurt');
        expect(new Set(buurten.map((b) => properties.get(b)))).toEqual(new Set(wijken));
        if (wijken.length === 1) expect(buurten.length).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('has a custom area across buurt and wijk boundaries', () => {
    expect(index.areasAt(4.8945, 52.3712)).toEqual(['WK999901', 'BU99990103', 'custom-marktkwartier']);
    expect(index.areasAt(4.9005, 52.3712)).toEqual(['WK999902', 'BU99990202', 'custom-marktkwartier']);
  });

  it('has a custom area around a park: the park (a hole) is not in it, its edge is', () => {
    expect(index.areasAt(4.8655, 52.36)).toEqual(['WK999901', 'BU99990102', 'custom-rond-zaagmolenpark']);
    expect(index.areasAt(4.87, 52.361)).toEqual(['WK999901', 'BU99990102']);
    expect(index.areasAt(4.8675, 52.3595)).toEqual(['WK999901', 'BU99990102', 'custom-rond-zaagmolenpark']);
    expect(kinds(index.areasAt(4.87, 52.361))).toEqual(['wijk', 'buurt']);
  });

  it('finds nothing outside the municipality', () => {
    expect(index.areasAt(4.85, 52.37)).toEqual([]);
  });
});
