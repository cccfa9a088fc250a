import { onSegment, segmentContact } from './segments';

describe('onSegment', () => {
  it('includes both endpoints and interior points, excludes the line beyond the segment', () => {
    expect(onSegment(0, 0, 4, 2, 0, 0)).toBe(true);
    expect(onSegment(0, 0, 4, 2, 4, 2)).toBe(true);
    expect(onSegment(0, 0, 4, 2, 2, 1)).toBe(true);
    expect(onSegment(0, 0, 4, 2, 6, 3)).toBe(false);
    expect(onSegment(0, 0, 4, 2, 2, 1.0000000000000002)).toBe(false);
  });

  it('decides on the exact doubles: 0.1 + 0.2 is not on the segment to 0.3', () => {
    expect(onSegment(0, 0, 0.3, 0.3, 0.1 + 0.2, 0.1 + 0.2)).toBe(false);
    expect(onSegment(0, 0, 0.3, 0.3, 0.3, 0.3)).toBe(true);
  });
});

describe('segmentContact', () => {
  it.each([
    ['crossing X', [0, 0, 2, 2, 0, 2, 2, 0], 'cross'],
    ['T junction', [0, 0, 2, 0, 1, 0, 1, 2], 'touch'],
    ['shared endpoint', [0, 0, 1, 1, 1, 1, 2, 0], 'touch'],
    ['collinear, end to end', [0, 0, 1, 0, 1, 0, 2, 0], 'touch'],
    ['collinear, overlapping', [0, 0, 2, 0, 1, 0, 3, 0], 'overlap'],
    ['vertical, overlapping', [0, 0, 0, 2, 0, 1, 0, 3], 'overlap'],
    ['collinear, apart', [0, 0, 1, 0, 2, 0, 3, 0], 'none'],
    ['parallel', [0, 0, 2, 0, 0, 1, 2, 1], 'none'],
    ['would cross if longer', [0, 0, 1, 1, 3, 0, 2, 1], 'none'],
  ] as const)('%s → %s', (_, c, expected) => {
    expect(segmentContact(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7])).toBe(expected);
  });
});
