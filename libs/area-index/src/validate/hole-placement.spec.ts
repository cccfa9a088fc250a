import type { Position } from '../geojson/geojson.types';
import { polygon, square } from '../../testing/geometry-builders';
import { readGeometry } from './read-geometry';

const messagesOf = (raw: unknown): string[] => {
  const result = readGeometry(raw);
  if (result.ok) throw new Error('expected the geometry to be rejected');
  return result.messages;
};

describe('readGeometry: holes', () => {
  it('rejects a hole outside its shell', () => {
    expect(messagesOf(polygon(square(0, 0, 4), square(10, 10, 1)))).toEqual([
      'hole 1: lies outside its shell: position 0 [10, 10]',
    ]);
  });

  it('rejects a hole crossing its shell', () => {
    expect(messagesOf(polygon(square(0, 0, 4), square(3, 1, 2)))[0]).toMatch(
      /^hole 1: crosses shell: edge 0–1/,
    );
  });

  it('rejects a hole sharing an edge with its shell', () => {
    expect(messagesOf(polygon(square(0, 0, 4), square(0, 1, 2)))[0]).toMatch(
      /^hole 1: shares part of an edge with shell/,
    );
  });

  it('rejects a hole whose edge leaves the shell through two shell vertices', () => {
    // A notch from the top with a V-shaped bottom (4,3)–(3,2)–(2,3); the hole's edge (4,3)–(2,3) runs
    // through the notch, touching the shell only at those two vertices.
    const shell: Position[] = [
      [0, 0],
      [6, 0],
      [6, 6],
      [4, 6],
      [4, 3],
      [3, 2],
      [2, 3],
      [2, 6],
      [0, 6],
      [0, 0],
    ];
    const hole: Position[] = [
      [2, 3],
      [1, 1],
      [5, 1],
      [4, 3],
      [2, 3],
    ];
    expect(messagesOf(polygon(shell, hole))).toEqual([
      'hole 1: lies outside its shell: the middle of edge 3–4 ([4, 3]–[2, 3])',
    ]);
  });

  it('rejects overlapping and nested holes', () => {
    expect(messagesOf(polygon(square(0, 0, 10), square(1, 1, 3), square(2, 2, 3)))[0]).toMatch(
      /^hole 2: crosses hole 1/,
    );
    expect(messagesOf(polygon(square(0, 0, 10), square(1, 1, 6), square(2, 2, 1)))[0]).toBe(
      'hole 2: overlaps hole 1: position 0 [2, 2]',
    );
  });

  it('names the polygon of a MultiPolygon and reports every bad polygon', () => {
    const messages = messagesOf({
      type: 'MultiPolygon',
      coordinates: [
        [square(0, 0, 1)],
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
        [square(5, 5, 1), square(9, 9, 1)],
      ],
    });
    expect(messages).toEqual([
      'polygon 1 shell: is not closed: first position [0, 0] differs from last [0, 1]',
      'polygon 2 hole 1: lies outside its shell: position 0 [9, 9]',
    ]);
  });
});
