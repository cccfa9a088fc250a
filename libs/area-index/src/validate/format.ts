/** Small helpers that make validation messages readable. */
export function formatPosition(x: number, y: number): string {
  return `[${x}, ${y}]`;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

/** `shell`, `hole 2`, or with a polygon number inside a MultiPolygon: `polygon 1 shell`. */
export function ringLabel(polygon: number | null, ring: number): string {
  const name = ring === 0 ? 'shell' : `hole ${ring}`;
  return polygon === null ? name : `polygon ${polygon} ${name}`;
}
