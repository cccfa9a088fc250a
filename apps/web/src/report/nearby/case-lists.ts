import { NearbyCase, SimilarCase } from '../../api/routing';

/** How many plain nearby cases are listed below the judged ones, as before there was a judge. */
export const MAX_NEARBY_SHOWN = 5;

export interface CaseLists {
  /** The cases routing judged against the resident's text, best first. */
  judged: SimilarCase[];
  /** The other open cases nearby, without any case already in `judged`. */
  nearby: NearbyCase[];
}

/** "Is it one of these?": the judged cases first, then the nearby ones, each case once. */
export function caseListsOf(judged: readonly SimilarCase[], nearby: readonly NearbyCase[]): CaseLists {
  const shown = new Set<string>();
  const firstOfEach = <T extends NearbyCase>(list: readonly T[]): T[] =>
    list.filter((c) => {
      if (shown.has(c.caseId)) return false;
      shown.add(c.caseId);
      return true;
    });
  const judgedOnce = firstOfEach(judged);
  return { judged: judgedOnce, nearby: firstOfEach(nearby).slice(0, MAX_NEARBY_SHOWN) };
}
