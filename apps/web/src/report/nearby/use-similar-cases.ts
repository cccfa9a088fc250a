import { skipToken, useQuery } from '@tanstack/react-query';
import { routing, SimilarCase, SimilarCasesQuestion } from '../../api/routing';
import { CategoryChoice } from '../taxonomy';
import { useDebounced } from '../useDebounced';
import { LatLon } from '../where/lat-lon';
import { SIMILAR_PAUSE_MS, similarQuestionOf } from './similar-question';

const NONE: SimilarCase[] = [];

/** The same place and category: only the text changed, so the last answer may stand until the new one comes. */
function sameSpot(a: SimilarCasesQuestion | null | undefined, b: SimilarCasesQuestion | null): boolean {
  return !!a && !!b && a.lat === b.lat && a.lon === b.lon && a.category === b.category;
}

/**
 * The nearby cases routing's incident linker judges probably or possibly the same as what the resident is typing,
 * asked once typing pauses. A hint, never in the way: while there is nothing to ask, before the first answer, or
 * when routing cannot answer, there are none and the form shows the plain nearby list.
 */
export function useSimilarCases(
  location: LatLon | null,
  choice: CategoryChoice | null,
  text: string,
  offered: boolean,
): SimilarCase[] {
  const settled = useDebounced(text.trim(), SIMILAR_PAUSE_MS);
  const question = offered ? similarQuestionOf(location, choice, settled) : null;
  const similar = useQuery({
    queryKey: ['similar-cases', question],
    queryFn: question ? ({ signal }) => routing.similarCases(question, signal) : skipToken,
    placeholderData: (previous, previousQuery) =>
      sameSpot(previousQuery?.queryKey[1] as SimilarCasesQuestion | null | undefined, question)
        ? previous
        : undefined,
    retry: false,
  });
  if (!question || similar.isError) return NONE;
  return similar.data ?? NONE;
}
