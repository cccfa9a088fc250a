/**
 * Thrown by a handler when an event can never be processed, however often it is tried (a sealed field for a
 * key this service does not hold, a reference that cannot exist): it goes to the dead-letter topic at once.
 */
export class UnprocessableEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnprocessableEventError';
  }
}
