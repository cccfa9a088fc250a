import { ROUTING } from '../werkbank/api';
import type { Proportion } from './proportion';

/**
 * Routing's `GET /linking/precision`: how the automatic links of the last `days` days fared with coordinators.
 * `confirmed`: a coordinator confirmed the link; `undone`: unlinked, split or moved out of the case it was linked to;
 * `precision`: confirmed among those judged (confirmed + undone), null until one was judged.
 */
export interface LinkPrecision {
  days: number;
  since: string;
  linksMade: number;
  confirmed: number;
  undone: number;
  awaitingReview: number;
  precision: Proportion | null;
}

/** The window the insights page measures over. */
export const PRECISION_DAYS = 30;

export const linkPrecisionPath = (days: number) =>
  `${ROUTING}/linking/precision?${new URLSearchParams({ days: String(days) }).toString()}`;
