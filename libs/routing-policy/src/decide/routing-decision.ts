import type { CompiledPolicy } from '../compile/compile-policy';
import { explain } from '../explain/explain';
import type { Explanation } from '../explain/explanation.types';
import type { RoutingInput, RoutingOutcome } from '../policy/routing-policy.types';

/** Where a report goes, by which rule of which policy version, and why. */
export interface RoutingDecision {
  readonly policyId: string;
  readonly policyVersion: number;
  /** null when the fallback applied. */
  readonly ruleId: string | null;
  /** Frozen: shared with the compiled policy. Copy before changing. */
  readonly outcome: Readonly<RoutingOutcome>;
  /** Built on first read (decide's hot path skips it) and then kept. Plain JSON-safe data. */
  readonly explanation: Explanation;
}

/**
 * A decision whose explanation is computed when first read. JSON.stringify (e.g. a jsonb column) includes it
 * through toJSON; a spread (`{ ...decision }`) does not, so read `explanation` explicitly when copying.
 */
export class LazyRoutingDecision implements RoutingDecision {
  readonly #compiled: CompiledPolicy;
  readonly #input: RoutingInput;
  readonly #timeZone: string;
  #explanation: Explanation | null = null;

  constructor(
    readonly policyId: string,
    readonly policyVersion: number,
    readonly ruleId: string | null,
    readonly outcome: Readonly<RoutingOutcome>,
    compiled: CompiledPolicy,
    input: RoutingInput,
    timeZone: string,
  ) {
    this.#compiled = compiled;
    this.#input = input;
    this.#timeZone = timeZone;
  }

  /** The input is read again here: do not change it between deciding and explaining. */
  get explanation(): Explanation {
    if (this.#explanation === null)
      this.#explanation = explain(this.#compiled, this.#input, { timeZone: this.#timeZone });
    return this.#explanation;
  }

  toJSON(): {
    policyId: string;
    policyVersion: number;
    ruleId: string | null;
    outcome: RoutingOutcome;
    explanation: Explanation;
  } {
    const { policyId, policyVersion, ruleId, outcome, explanation } = this;
    return { policyId, policyVersion, ruleId, outcome, explanation };
  }
}
