/** A category as chosen by the reporter or a coordinator: a main code and, optionally, a sub code. */
export interface CategoryRef {
  readonly main: string;
  readonly sub?: string;
}

/** WGS84 degrees. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/**
 * What the linker needs to know about an open case. `location` is where the case is (usually its
 * first report); `text` is its reports' descriptions joined (or any words that describe it).
 */
export interface OpenCaseSummary {
  readonly caseId: string;
  readonly category: CategoryRef;
  readonly location: GeoPoint;
  readonly openedAt: Date;
  readonly lastReportAt: Date;
  readonly text: string;
}

/** A report that has just arrived; `category` is null when neither the reporter nor a suggestion chose one. */
export interface IncomingReport {
  readonly reportId: string;
  readonly category: CategoryRef | null;
  readonly location: GeoPoint;
  readonly submittedAt: Date;
  readonly description: string;
}
