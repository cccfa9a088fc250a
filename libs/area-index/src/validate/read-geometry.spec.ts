import { polygon, square } from '../../testing/geometry-builders';
import { readGeometry } from './read-geometry';

const messagesOf = (raw: unknown): string[] => {
  const result = readGeometry(raw);
  if (result.ok) throw new Error('expected the geometry to be rejected');
  return result.messages;
};

describe('readGeometry', () => {
  it('accepts a polygon with a hole and returns its bbox', () => {
    const result = readGeometry(polygon(square(0, 0, 10), square(2, 2, 3)));
    expect(result).toEqual({
      ok: true,
      geometry: polygon(square(0, 0, 10), square(2, 2, 3)),
      bbox: [0, 0, 10, 10],
    });
  });

  it('accepts a MultiPolygon, drops altitudes and repeated consecutive positions', () => {
    const result = readGeometry({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0, 5],
            [1, 0, 5],
            [1, 0, 5],
            [1, 1, 5],
            [0, 0, 5],
          ],
        ],
        [square(3, 3, 1)],
      ],
    });
    expect(result).toEqual({
      ok: true,
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
          [square(3, 3, 1)],
        ],
      },
      bbox: [0, 0, 4, 4],
    });
  });

  it('accepts a hole touching its shell at one vertex', () => {
    expect(
      readGeometry(
        polygon(square(0, 0, 10), [
          [0, 5],
          [3, 4],
          [3, 6],
          [0, 5],
        ]),
      ).ok,
    ).toBe(true);
  });

  it.each([
    ['a missing geometry', null, 'has no geometry'],
    [
      'a point',
      { type: 'Point', coordinates: [4.9, 52.37] },
      'geometry type "Point" is not supported; expected Polygon or MultiPolygon',
    ],
    ['a polygon without rings', polygon(), 'polygon: has no rings'],
    [
      'coordinates that are not rings',
      { type: 'Polygon', coordinates: 'nope' },
      'polygon: is "nope", expected an array of rings',
    ],
    ['an empty MultiPolygon', { type: 'MultiPolygon', coordinates: [] }, 'MultiPolygon has no polygons'],
    [
      'a ring of 3 positions',
      polygon([
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
      'shell: has 3 positions; a ring needs at least 4 (first and last equal)',
    ],
    [
      'a ring that is not closed',
      polygon([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ]),
      'shell: is not closed: first position [0, 0] differs from last [0, 1]',
    ],
    [
      'a position that is not a pair',
      polygon([[0, 0], [1], [1, 1], [0, 0]]),
      'shell: position 1 is an array, expected [longitude, latitude]',
    ],
    [
      'a string coordinate',
      polygon([
        [0, 0],
        ['1', 0],
        [1, 1],
        [0, 0],
      ]),
      'shell: position 1 has a coordinate that is not a number',
    ],
    [
      'a NaN coordinate',
      polygon([
        [0, 0],
        [NaN, 0],
        [1, 1],
        [0, 0],
      ]),
      'shell: position 1 has a non-finite coordinate',
    ],
    [
      'an infinite coordinate',
      polygon([
        [0, 0],
        [1, Infinity],
        [1, 1],
        [0, 0],
      ]),
      'shell: position 1 has a non-finite coordinate',
    ],
    [
      'a longitude out of range',
      polygon([
        [0, 0],
        [181, 0],
        [1, 1],
        [0, 0],
      ]),
      'shell: position 1 has longitude 181 outside [-180, 180]',
    ],
    [
      'a latitude out of range',
      polygon([
        [0, 0],
        [1, -90.5],
        [1, 1],
        [0, 0],
      ]),
      'shell: position 1 has latitude -90.5 outside [-90, 90]',
    ],
    [
      'a ring without area',
      polygon([
        [0, 0],
        [1, 1],
        [1, 1],
        [0, 0],
      ]),
      'shell: has fewer than 3 distinct positions; a ring must enclose an area',
    ],
  ])('rejects %s', (_, raw, message) => {
    expect(messagesOf(raw)).toEqual([message]);
  });

  it('rejects a bow-tie (self-intersecting) ring and names the crossing edges', () => {
    expect(
      messagesOf(
        polygon([
          [0, 0],
          [2, 2],
          [2, 0],
          [0, 2],
          [0, 0],
        ]),
      ),
    ).toEqual(['shell: is self-intersecting: edge 0–1 ([0, 0]–[2, 2]) crosses edge 2–3 ([2, 0]–[0, 2])']);
  });

  it('rejects a ring that touches itself at a vertex (figure eight)', () => {
    const [message] = messagesOf(
      polygon([
        [0, 0],
        [2, 0],
        [1, 1],
        [2, 2],
        [0, 2],
        [1, 1],
        [0, 0],
      ]),
    );
    expect(message).toMatch(/^shell: is self-intersecting: edge \d–\d .* touches edge/);
  });

  it('rejects a spike that folds back over the previous edge', () => {
    const [message] = messagesOf(
      polygon([
        [0, 0],
        [4, 0],
        [2, 0],
        [2, 2],
        [0, 0],
      ]),
    );
    expect(message).toBe(
      'shell: is self-intersecting: edge 0–1 ([0, 0]–[4, 0]) overlaps edge 1–2 ([4, 0]–[2, 0])',
    );
  });

  it('rejects collinear positions that enclose nothing', () => {
    expect(
      messagesOf(
        polygon([
          [0, 0],
          [1, 0],
          [2, 0],
          [0, 0],
        ]),
      )[0],
    ).toMatch(/^shell: is self-intersecting/);
  });
});
