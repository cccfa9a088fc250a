export type IncidentLinkingErrorCode =
  'invalid-location' | 'invalid-date' | 'duplicate-case' | 'unknown-case' | 'invalid-rules' | 'too-few-examples';

/** Every error this library throws: a code to map once per transport, and a sentence for people. */
export class IncidentLinkingError extends Error {
  constructor(
    readonly code: IncidentLinkingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IncidentLinkingError';
  }
}
