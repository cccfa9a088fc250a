import { EARTH_RADIUS_METRES } from './haversine';

const DEG = 180 / Math.PI;
const RAD = Math.PI / 180;
/** Rows touching a pole would get infinitely wide cells; cap how narrow cos(lat) may make them. */
const MIN_COS = 1e-6;
/** Widen every search box a little so rounding never loses a point that lies exactly on the radius. */
const MARGIN = 1 + 1e-9;
const MARGIN_DEGREES = 1e-9;

/**
 * Splits the globe into rows of equal latitude height and, per row, columns whose width in degrees
 * grows with 1/cos(latitude), so a cell is roughly `cellMetres` square everywhere. A cell is named
 * by one number. `cellKeysAround` lists every cell a circle can touch, so a search looks only there.
 */
export class GridGeometry {
  readonly latStep: number;
  private readonly rowCount: number;
  private readonly maxColumns: number;

  constructor(readonly cellMetres: number) {
    if (!Number.isFinite(cellMetres) || cellMetres < 10)
      throw new RangeError('cell size must be at least 10 m');
    this.latStep = (cellMetres / EARTH_RADIUS_METRES) * DEG;
    this.rowCount = Math.ceil(180 / this.latStep);
    this.maxColumns = Math.ceil(360 / this.latStep) + 1;
  }

  cellKey(lat: number, lon: number): number {
    const row = this.row(lat);
    const lonStep = this.lonStep(row);
    const lastColumn = Math.max(1, Math.ceil(360 / lonStep)) - 1;
    return row * this.maxColumns + this.column(lonStep, lastColumn, lon);
  }

  /** Appends to `out` the key of every cell (once) that a circle of `radiusMetres` around (lat, lon) can touch. */
  cellKeysAround(lat: number, lon: number, radiusMetres: number, out: number[]): void {
    const angle = (radiusMetres * MARGIN) / EARTH_RADIUS_METRES;
    const dLat = angle * DEG + MARGIN_DEGREES;
    const latMin = lat - dLat;
    const latMax = lat + dLat;
    const firstRow = this.row(latMin);
    const lastRow = this.row(latMax);
    const cosLat = Math.cos(lat * RAD);
    const touchesPole = latMin <= -90 || latMax >= 90 || Math.sin(angle) >= cosLat;
    const dLon = touchesPole ? 360 : Math.asin(Math.sin(angle) / cosLat) * DEG * MARGIN + MARGIN_DEGREES;
    for (let row = firstRow; row <= lastRow; row++) {
      const lonStep = this.lonStep(row);
      const lastColumn = Math.max(1, Math.ceil(360 / lonStep)) - 1;
      const west = lon - dLon;
      const east = lon + dLon;
      if (dLon >= 180) {
        this.pushColumns(row, 0, lastColumn, out);
      } else if (west < -180 || east > 180) {
        // The box crosses the antimeridian: two runs of columns, which may meet where cells are wide.
        const westColumn = this.column(lonStep, lastColumn, west < -180 ? west + 360 : west);
        const eastColumn = this.column(lonStep, lastColumn, east > 180 ? east - 360 : east);
        if (eastColumn >= westColumn - 1) {
          this.pushColumns(row, 0, lastColumn, out);
        } else {
          this.pushColumns(row, westColumn, lastColumn, out);
          this.pushColumns(row, 0, eastColumn, out);
        }
      } else {
        this.pushColumns(
          row,
          this.column(lonStep, lastColumn, west),
          this.column(lonStep, lastColumn, east),
          out,
        );
      }
    }
  }

  private pushColumns(row: number, first: number, last: number, out: number[]): void {
    const base = row * this.maxColumns;
    for (let column = first; column <= last; column++) out.push(base + column);
  }

  private row(lat: number): number {
    const row = Math.floor((lat + 90) / this.latStep);
    return row < 0 ? 0 : row >= this.rowCount ? this.rowCount - 1 : row;
  }

  /** Column width in degrees: the row's centre latitude decides it, so a point always lands in one cell. */
  private lonStep(row: number): number {
    const centreLat = -90 + (row + 0.5) * this.latStep;
    return Math.min(360, this.latStep / Math.max(MIN_COS, Math.cos(centreLat * RAD)));
  }

  private column(lonStep: number, lastColumn: number, lon: number): number {
    const column = Math.floor((lon + 180) / lonStep);
    return column < 0 ? 0 : column > lastColumn ? lastColumn : column;
  }
}
