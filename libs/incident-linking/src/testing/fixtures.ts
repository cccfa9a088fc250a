import type { CategoryRef, GeoPoint, IncomingReport, OpenCaseSummary } from '../model/case-summary';

/** Test helpers: places around a point, and cases and reports with sensible defaults. */
export const KERKSTRAAT: GeoPoint = { lat: 52.0907, lon: 5.1214 };
export const T0 = new Date('2025-03-10T09:00:00Z');

const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

export function offset(from: GeoPoint, northMetres: number, eastMetres: number): GeoPoint {
  return {
    lat: from.lat + northMetres / METRES_PER_DEGREE,
    lon: from.lon + eastMetres / (METRES_PER_DEGREE * Math.cos((from.lat * Math.PI) / 180)),
  };
}

export function minutesAfter(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

export function openCase(overrides: Partial<OpenCaseSummary> & { caseId: string }): OpenCaseSummary {
  const openedAt = overrides.openedAt ?? T0;
  return {
    category: { main: 'afval', sub: 'grofvuil' },
    location: KERKSTRAAT,
    lastReportAt: overrides.lastReportAt ?? openedAt,
    text: 'Grofvuil naast de container: een oude matras en een kapotte bank',
    ...overrides,
    openedAt,
  };
}

export function incomingReport(overrides: Partial<IncomingReport> = {}): IncomingReport {
  const category: CategoryRef | null =
    overrides.category === undefined ? { main: 'afval', sub: 'grofvuil' } : overrides.category;
  return {
    reportId: 'r-1',
    location: KERKSTRAAT,
    submittedAt: T0,
    description: 'Er ligt grofvuil bij de container, matrassen en een bank',
    ...overrides,
    category,
  };
}
