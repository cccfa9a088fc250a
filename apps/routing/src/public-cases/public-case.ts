import type { CaseStatus } from '@loket/contracts';
import { coarsePlace, redact } from '@loket/redaction';

/** What the public map and "is it one of these?" show of a case: nothing about who reported, no photos. */
export interface PublicCase {
  caseId: string;
  category: string;
  subcategory?: string;
  status: CaseStatus;
  openedAt: string;
  /** The first report's description, redacted (e-mail, phone, postcode+number, IBAN, BSN-like numbers removed). */
  description: string;
  /** Exact for public-space cases (sensitivity 1), the centre of a ~100 m grid cell for nuisance (2). */
  lat: number;
  lon: number;
  reportCount: number;
}

/** A case as stored by routing, with what the public view needs. */
export interface StoredCaseRow {
  id: string;
  status: 'open' | 'closed';
  workStatus: CaseStatus;
  categoryMain: string;
  categorySub: string | null;
  /** The sensitivity stored when the case opened. */
  sensitivity: number;
  lat: number;
  lon: number;
  openedAt: Date;
  /** When its latest report came in (never shown: "is it one of these?" weighs time as the linker does). */
  lastReportAt?: Date;
  firstDescription: string | null;
  reportCount: number;
}

/** The highest sensitivity shown in public: 1 public space, 2 nuisance. Safety (3) and care (4) never are. */
export const MAX_PUBLIC_SENSITIVITY = 2;
export const DESCRIPTION_MAX_LENGTH = 500;

/** The category's sensitivity by the catalogue in force; the stricter of the two counts. */
export type SensitivityOf = (category: { main: string; sub?: string }) => number;

export function effectiveSensitivity(row: StoredCaseRow, sensitivityOf: SensitivityOf): number {
  const current = sensitivityOf({ main: row.categoryMain, ...(row.categorySub ? { sub: row.categorySub } : {}) });
  return Math.max(row.sensitivity, current);
}

export function isPublic(row: StoredCaseRow, sensitivityOf: SensitivityOf): boolean {
  return row.status === 'open' && row.workStatus !== 'closed' && effectiveSensitivity(row, sensitivityOf) <= MAX_PUBLIC_SENSITIVITY;
}

/** The public view of a case, or null when it must not be shown (closed, or a sensitive category). */
export function toPublicCase(row: StoredCaseRow, sensitivityOf: SensitivityOf): PublicCase | null {
  return isPublic(row, sensitivityOf) ? publicViewOf(row, sensitivityOf) : null;
}

/**
 * How a case of a public category is shown, whatever its state: the redacted first report, the place coarsened for
 * nuisance. The caller decides that it may be shown (`toPublicCase` for the map; the neighbourhood digest also tells
 * of cases that were resolved or closed).
 */
export function publicViewOf(row: StoredCaseRow, sensitivityOf: SensitivityOf): PublicCase {
  const place = effectiveSensitivity(row, sensitivityOf) >= 2 ? coarsePlace(row.lat, row.lon) : { lat: round(row.lat, 5), lon: round(row.lon, 5) };
  return {
    caseId: row.id,
    category: row.categoryMain,
    ...(row.categorySub ? { subcategory: row.categorySub } : {}),
    status: row.workStatus,
    openedAt: row.openedAt.toISOString(),
    description: publicDescription(row.firstDescription ?? ''),
    lat: place.lat,
    lon: place.lon,
    reportCount: row.reportCount,
  };
}

/** Redacted, then cut at a word boundary so a redaction marker is never cut in half. */
export function publicDescription(text: string): string {
  const redacted = redact(text).text.trim();
  if (redacted.length <= DESCRIPTION_MAX_LENGTH) return redacted;
  const cut = redacted.slice(0, DESCRIPTION_MAX_LENGTH);
  const open = cut.lastIndexOf('[');
  const safe = open > cut.lastIndexOf(']') ? cut.slice(0, open) : cut;
  return `${safe.slice(0, Math.max(safe.lastIndexOf(' '), 1)).trimEnd()}…`;
}

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
