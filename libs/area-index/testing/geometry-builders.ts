import type { Position } from '../src/index';

/** A closed counter-clockwise square ring. */
export const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

/** A raw GeoJSON Polygon (not validated) from rings. */
export const polygon = (...rings: unknown[]) => ({ type: 'Polygon', coordinates: rings });
