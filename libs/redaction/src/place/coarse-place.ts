/** The side of a coarse place's grid cell. */
const COARSE_PLACE_METRES = 100;
const METRES_PER_DEGREE_LAT = 111_320;

/**
 * The centre of the ~100 m grid cell a point lies in: every point of a cell gives the same answer, so the answer
 * no longer tells which house, only which block. What the public map and another system (a webhook) see of a
 * sensitive place.
 */
export function coarsePlace(lat: number, lon: number): { lat: number; lon: number } {
  const latStep = COARSE_PLACE_METRES / METRES_PER_DEGREE_LAT;
  const cellLat = (Math.floor(lat / latStep) + 0.5) * latStep;
  const lonStep = COARSE_PLACE_METRES / (METRES_PER_DEGREE_LAT * Math.cos((cellLat * Math.PI) / 180));
  const cellLon = (Math.floor(lon / lonStep) + 0.5) * lonStep;
  return { lat: round5(cellLat), lon: round5(cellLon) };
}

function round5(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}
