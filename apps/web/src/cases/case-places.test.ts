import { describe, expect, it } from 'vitest';
import { boundsOf } from './CasePlaces';

describe('the bounds of a case file map', () => {
  it('surround every report, and are none for one spot (then the map centres on it)', () => {
    expect(boundsOf([{ lat: 52.09, lon: 5.12 }, { lat: 52.1, lon: 5.1 }, { lat: 52.08, lon: 5.13 }])).toEqual([5.1, 52.08, 5.13, 52.1]);
    expect(boundsOf([{ lat: 52.09, lon: 5.12 }])).toBeNull();
    expect(boundsOf([{ lat: 52.09, lon: 5.12 }, { lat: 52.09, lon: 5.12 }])).toBeNull();
  });
});
