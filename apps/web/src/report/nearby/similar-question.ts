import { SimilarCasesQuestion } from '../../api/routing';
import { CategoryChoice } from '../taxonomy';
import { LatLon } from '../where/lat-lon';

/** Fewer characters than this say too little to judge an incident by (routing itself takes 3). */
export const MIN_SIMILAR_TEXT = 10;
/** The most of the text routing reads. */
export const MAX_SIMILAR_TEXT = 2000;
/** How long typing must pause before routing is asked: one request per pause, not one per key. */
export const SIMILAR_PAUSE_MS = 400;

/**
 * What to ask routing's "is it the same incident?" judge, or null while there is nothing to judge yet: it needs a
 * place, a category (the most precise code the resident chose) and at least a short sentence. `settledText` is the
 * text as it was when typing paused, so each pause gives at most one question.
 */
export function similarQuestionOf(
  location: LatLon | null,
  choice: CategoryChoice | null,
  settledText: string,
): SimilarCasesQuestion | null {
  const description = settledText.trim().slice(0, MAX_SIMILAR_TEXT).trimEnd();
  if (!location || !choice || description.length < MIN_SIMILAR_TEXT) return null;
  return {
    lat: location.lat,
    lon: location.lon,
    category: choice.subcategory ?? choice.category,
    description,
  };
}
