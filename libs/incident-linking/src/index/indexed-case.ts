import type { OpenCaseSummary } from '../model/case-summary';
import type { TextProfile } from '../text/text-profile';

/** A case as the index keeps it: the summary plus what a search needs as plain numbers. */
export interface IndexedCase {
  readonly summary: OpenCaseSummary;
  readonly main: string;
  readonly cellKey: number;
  readonly lat: number;
  readonly lon: number;
  readonly openedMs: number;
  readonly lastMs: number;
  readonly textProfile: TextProfile;
}
