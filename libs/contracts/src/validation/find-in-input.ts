/** One place in untrusted input: the key it is under (null at the top), the value there, and its field path. */
export interface InputPlace {
  key: string | null;
  /** True when `key` is an array index. */
  inArray: boolean;
  value: unknown;
  /** Dotted path with array indexes, e.g. `reports[2].text`; '' for the input itself. */
  path: string;
}

/**
 * The first place in untrusted input (a parsed JSON body, a query, a path parameter) where `matches` holds,
 * walking objects and arrays depth-first down to 32 levels; binary content (a Buffer) is a leaf. Null when no place matches.
 */
export function findInInput(
  input: unknown,
  matches: (place: InputPlace) => boolean,
  start = '',
): InputPlace | null {
  const walk = (place: InputPlace, depth: number): InputPlace | null => {
    if (matches(place)) return place;
    const value = place.value;
    if (value === null || typeof value !== 'object' || depth >= 32 || ArrayBuffer.isView(value)) return null;
    const inArray = Array.isArray(value);
    for (const [key, inner] of Object.entries(value)) {
      const path = inArray ? `${place.path}[${key}]` : place.path ? `${place.path}.${key}` : key;
      const found = walk({ key, inArray, value: inner, path }, depth + 1);
      if (found) return found;
    }
    return null;
  };
  return walk({ key: null, inArray: false, value: input, path: start }, 0);
}
