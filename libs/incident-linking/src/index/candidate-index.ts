import { GridGeometry } from '../geo/grid-geometry';
import { haversineMetresRaw } from '../geo/haversine';
import type { IncomingReport, OpenCaseSummary } from '../model/case-summary';
import { IncidentLinkingError } from '../model/incident-linking-error';
import { assertValidCase, assertValidReport } from '../model/validate-input';
import { reachFor } from '../rules/create-linking-rules';
import { statedDurationHours } from '../text/stated-duration';
import type { LinkingRules } from '../rules/linking-rules';
import { textProfile } from '../text/text-profile';
import type { IndexedCase } from './indexed-case';
import type { LinkCandidate } from './link-candidate';
import { timeGapMs } from './link-candidate';
import { TimeSortedCell } from './time-sorted-cell';

const HOUR_MS = 3_600_000;

export interface CandidateIndexOptions {
  /** Grid cell size in metres (default 200, the largest default radius). Any radius works; this only tunes speed. */
  readonly cellMetres?: number;
}

/**
 * The open cases, indexed by place and time: one grid per main category (the case's category
 * decides its reach), each cell holding its cases sorted by last report. A search visits only the
 * cells a category's radius can touch and, in each, only the cases whose last report lies within
 * the category's window — never all open cases. Case texts are profiled once, when a case is
 * added or its text changes.
 */
export class CandidateIndex {
  private readonly grid: GridGeometry;
  private readonly byId = new Map<string, IndexedCase>();
  private readonly partitions = new Map<string, Map<number, TimeSortedCell>>();
  private readonly scratchKeys: number[] = [];

  constructor(options: CandidateIndexOptions = {}) {
    this.grid = new GridGeometry(options.cellMetres ?? 200);
  }

  static of(summaries: Iterable<OpenCaseSummary>, options?: CandidateIndexOptions): CandidateIndex {
    const index = new CandidateIndex(options);
    for (const summary of summaries) index.add(summary);
    return index;
  }

  get size(): number {
    return this.byId.size;
  }

  has(caseId: string): boolean {
    return this.byId.has(caseId);
  }

  get(caseId: string): OpenCaseSummary | undefined {
    return this.byId.get(caseId)?.summary;
  }

  *summaries(): IterableIterator<OpenCaseSummary> {
    for (const entry of this.byId.values()) yield entry.summary;
  }

  /** A newly opened case. Throws `duplicate-case` when the id is already indexed. */
  add(summary: OpenCaseSummary): void {
    if (this.byId.has(summary.caseId)) {
      throw new IncidentLinkingError('duplicate-case', `case ${summary.caseId} is already indexed`);
    }
    this.insert(this.toEntry(summary, undefined));
  }

  /** A case changed (a report was linked, it was recategorised or moved). Throws `unknown-case`. */
  update(summary: OpenCaseSummary): void {
    const previous = this.byId.get(summary.caseId);
    if (!previous) throw new IncidentLinkingError('unknown-case', `case ${summary.caseId} is not indexed`);
    const entry = this.toEntry(summary, previous);
    this.detach(previous);
    this.insert(entry);
  }

  upsert(summary: OpenCaseSummary): void {
    if (this.byId.has(summary.caseId)) this.update(summary);
    else this.add(summary);
  }

  /** A case was closed (or merged away). False when it was not indexed. */
  remove(caseId: string): boolean {
    const entry = this.byId.get(caseId);
    if (!entry) return false;
    this.detach(entry);
    return true;
  }

  /**
   * Every open case within reach of the report: within its category's radius (great-circle) and
   * with the report inside its category's window around the case's reports, or inside how long the report says the
   * problem has lasted when that is longer (see stated-duration). Nearest first.
   */
  candidates(report: IncomingReport, rules: LinkingRules): LinkCandidate[] {
    assertValidReport(report);
    const { lat, lon } = report.location;
    const atMs = report.submittedAt.getTime();
    const found: LinkCandidate[] = [];
    const keys = this.scratchKeys;
    const stated = statedDurationHours(report.description);
    for (const [main, cells] of this.partitions) {
      const { radiusMetres, windowHours } = reachFor(rules, main);
      const windowMs = Math.max(windowHours, stated) * HOUR_MS;
      const fromMs = atMs - windowMs;
      const untilMs = atMs + windowMs;
      keys.length = 0;
      this.grid.cellKeysAround(lat, lon, radiusMetres, keys);
      for (const key of keys) {
        const cell = cells.get(key);
        if (!cell) continue;
        const { entries } = cell;
        for (let i = cell.firstAtOrAfter(fromMs); i < entries.length; i++) {
          const entry = entries[i];
          if (entry.openedMs > untilMs) continue;
          const distanceMetres = haversineMetresRaw(lat, lon, entry.lat, entry.lon);
          if (distanceMetres > radiusMetres) continue;
          const gapMs = timeGapMs(atMs, entry.openedMs, entry.lastMs);
          found.push({ summary: entry.summary, distanceMetres, gapMs, textProfile: entry.textProfile });
        }
      }
    }
    return found.sort(nearestFirst);
  }

  private toEntry(summary: OpenCaseSummary, previous: IndexedCase | undefined): IndexedCase {
    assertValidCase(summary);
    const { lat, lon } = summary.location;
    return {
      summary,
      main: summary.category.main,
      cellKey: this.grid.cellKey(lat, lon),
      lat,
      lon,
      openedMs: summary.openedAt.getTime(),
      lastMs: summary.lastReportAt.getTime(),
      textProfile:
        previous && previous.summary.text === summary.text ? previous.textProfile : textProfile(summary.text),
    };
  }

  private insert(entry: IndexedCase): void {
    let cells = this.partitions.get(entry.main);
    if (!cells) {
      cells = new Map();
      this.partitions.set(entry.main, cells);
    }
    let cell = cells.get(entry.cellKey);
    if (!cell) {
      cell = new TimeSortedCell();
      cells.set(entry.cellKey, cell);
    }
    cell.insert(entry);
    this.byId.set(entry.summary.caseId, entry);
  }

  private detach(entry: IndexedCase): void {
    this.byId.delete(entry.summary.caseId);
    const cells = this.partitions.get(entry.main);
    const cell = cells?.get(entry.cellKey);
    if (!cells || !cell || !cell.remove(entry)) return;
    if (cell.size === 0) cells.delete(entry.cellKey);
    if (cells.size === 0) this.partitions.delete(entry.main);
  }
}

function nearestFirst(a: LinkCandidate, b: LinkCandidate): number {
  const byDistance = a.distanceMetres - b.distanceMetres;
  if (byDistance !== 0) return byDistance;
  return a.summary.caseId < b.summary.caseId ? -1 : a.summary.caseId > b.summary.caseId ? 1 : 0;
}
