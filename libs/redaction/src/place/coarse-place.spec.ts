import { coarsePlace } from './coarse-place';

/** Great-circle distance in metres (haversine), for the assertions only. */
function metresBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

describe('coarsePlace', () => {
  it('gives every point of a cell the same centre, and neighbouring cells ~100 m apart', () => {
    const a = coarsePlace(52.37001, 4.89001);
    expect(coarsePlace(a.lat + 0.0001, a.lon + 0.0001)).toEqual(a);
    const north = coarsePlace(a.lat + 0.0009, a.lon);
    expect(metresBetween(a, north)).toBeGreaterThan(95);
    expect(metresBetween(a, north)).toBeLessThan(105);
  });

  it('is its own fixed point: coarsening a coarse place again changes nothing', () => {
    for (const [lat, lon] of [[52.37001, 4.89001], [51.9225, 4.47917], [53.2194, 6.5665], [-33.8688, 151.2093]] as const) {
      const once = coarsePlace(lat, lon);
      expect(coarsePlace(once.lat, once.lon)).toEqual(once);
    }
  });

  it('moves a point by at most half a cell diagonal (~71 m)', () => {
    for (let i = 0; i < 200; i++) {
      const point = { lat: 50.75 + (i * 0.0137) % 2.8, lon: 3.36 + (i * 0.0291) % 3.8 };
      expect(metresBetween(point, coarsePlace(point.lat, point.lon))).toBeLessThan(72);
    }
  });
});
