import { formatDistance, formatDuration, formatHours } from './format-measures';

describe('format measures', () => {
  it.each([
    [0, '0 m'],
    [42.4, '42 m'],
    [999, '999 m'],
    [1000, '1 km'],
    [1340, '1.3 km'],
  ])('distance %d → %s', (metres, text) => expect(formatDistance(metres)).toBe(text));

  it.each([
    [20_000, 'less than a minute'],
    [60_000, '1 minute'],
    [18 * 60_000, '18 minutes'],
    [5.5 * 3_600_000, '5.5 hours'],
    [30 * 3_600_000, '30 hours'],
    [4 * 86_400_000, '4 days'],
  ])('duration %d ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it('prints windows in hours', () => {
    expect(formatHours(72)).toBe('72 h');
    expect(formatHours(1.5)).toBe('1.5 h');
  });
});
