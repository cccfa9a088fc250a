import { EARTH_RADIUS_METRES, haversineMetres } from './haversine';

describe('haversineMetres', () => {
  it('is 0 from a point to itself', () => {
    expect(haversineMetres({ lat: 52.09, lon: 5.12 }, { lat: 52.09, lon: 5.12 })).toBe(0);
  });

  it('measures one degree of latitude as 1/360 of a great circle', () => {
    const expected = (2 * Math.PI * EARTH_RADIUS_METRES) / 360;
    expect(haversineMetres({ lat: 52, lon: 5 }, { lat: 53, lon: 5 })).toBeCloseTo(expected, 3);
  });

  it('measures Utrecht Dom to Amsterdam Dam at about 35 km', () => {
    const km = haversineMetres({ lat: 52.0907, lon: 5.1214 }, { lat: 52.3731, lon: 4.8926 }) / 1000;
    expect(km).toBeGreaterThan(34.5);
    expect(km).toBeLessThan(35.5);
  });

  it('is symmetric and crosses the antimeridian the short way', () => {
    const a = { lat: 10, lon: 179.999 };
    const b = { lat: 10, lon: -179.999 };
    expect(haversineMetres(a, b)).toBeCloseTo(haversineMetres(b, a), 9);
    expect(haversineMetres(a, b)).toBeLessThan(300);
  });
});
