export type PolicyErrorCode =
  /** No rule matched and the policy has no fallback. */
  | 'no-rule-matched'
  /** The time zone given at decide time is not a valid IANA zone. */
  | 'invalid-time-zone';

/** A routing decision that cannot be made. Thrown; the code is stable, the message is for people. */
export class PolicyError extends Error {
  override readonly name = 'PolicyError';

  constructor(
    readonly code: PolicyErrorCode,
    message: string,
  ) {
    super(message);
  }
}
