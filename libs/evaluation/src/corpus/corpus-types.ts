/** One report of a labelled group, as a resident wrote it and placed its pin. */
export interface CorpusReport {
  readonly description: string;
  /** The main and sub category the reporter chose. */
  readonly main: string;
  readonly sub?: string;
  readonly lat: number;
  readonly lon: number;
  /** Minutes after the group's first report. */
  readonly minutes: number;
}

export type GroupKind = 'same-incident' | 'different-incident';

/**
 * A labelled group: several reports of one incident, or reports of different incidents close together (each
 * report its own incident).
 */
export interface LinkingGroup {
  readonly id: string;
  readonly kind: GroupKind;
  readonly reports: readonly CorpusReport[];
}

/** One report with the category it belongs in. */
export interface SuggestionItem {
  readonly id: string;
  readonly description: string;
  readonly main: string;
  readonly sub: string;
}
