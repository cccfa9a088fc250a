import { SeededRandom } from '../testing/seeded-random';
import { GridGeometry } from './grid-geometry';
import { haversineMetres } from './haversine';

/** A point at `distance` metres from `from` in direction `bearing` (radians), on the sphere. */
function destination(from: { lat: number; lon: number }, distance: number, bearing: number) {
  const R = 6_371_008.8;
  const rad = Math.PI / 180;
  const d = distance / R;
  const lat1 = from.lat * rad;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing));
  const lon2 =
    from.lon * rad +
    Math.atan2(
      Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
      Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
    );
  const lon = ((((lon2 / rad + 540) % 360) + 360) % 360) - 180;
  return { lat: lat2 / rad, lon };
}

describe('GridGeometry', () => {
  it('refuses cells smaller than 10 m', () => {
    expect(() => new GridGeometry(5)).toThrow(RangeError);
  });

  it('lists few cells for a radius no larger than the cell', () => {
    const grid = new GridGeometry(200);
    const keys: number[] = [];
    grid.cellKeysAround(52.09, 5.12, 200, keys);
    expect(keys.length).toBeLessThanOrEqual(9);
    expect(keys).toContain(grid.cellKey(52.09, 5.12));
  });

  it('property: every point within the radius lies in a listed cell, listed once, anywhere on Earth', () => {
    const random = new SeededRandom(20250310);
    const centres = [
      () => ({ lat: random.between(51.9, 52.2), lon: random.between(4.9, 5.3) }),
      () => ({ lat: random.between(-89.99, 89.99), lon: random.between(-180, 180) }),
      () => ({
        lat: random.between(-60, 60),
        lon: random.chance(0.5) ? random.between(179.99, 180) : random.between(-180, -179.99),
      }),
      () => ({
        lat: random.chance(0.5) ? random.between(89.9, 90) : random.between(-90, -89.9),
        lon: random.between(-180, 180),
      }),
    ];
    for (let round = 0; round < 400; round++) {
      const grid = new GridGeometry(random.pick([10, 50, 200, 1000]));
      const centre = random.pick(centres)();
      const radius = random.pick([0, 1, 30, 75, 200, 1500]);
      const keys: number[] = [];
      grid.cellKeysAround(centre.lat, centre.lon, radius, keys);
      const listed = new Set(keys);
      expect(listed.size).toBe(keys.length);
      for (let i = 0; i < 25; i++) {
        const distance = i === 0 ? radius : random.between(0, radius);
        const point = destination(centre, distance, random.between(0, 2 * Math.PI));
        if (haversineMetres(centre, point) > radius) continue;
        if (!listed.has(grid.cellKey(point.lat, point.lon))) {
          throw new Error(
            `round ${round}: ${JSON.stringify(point)} at ${distance} m of ${JSON.stringify(centre)} is not in a listed cell`,
          );
        }
      }
    }
  });
});
