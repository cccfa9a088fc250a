import { ProblemException } from '@loket/http';
import { FeedRefusedError, FeedUnavailableError } from './public-open311-feed';

/** Asks routing's feed; its refusal is a 400, its absence a 503 (the Open311 error format says which). */
export async function requireFeed<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof FeedRefusedError) throw ProblemException.badRequest(error.message);
    if (error instanceof FeedUnavailableError) throw new ProblemException(503, 'feed-unavailable', 'Service unavailable', 'The public requests cannot be read right now; try again shortly');
    throw error;
  }
}
