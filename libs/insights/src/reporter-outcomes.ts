import { LOOP_CLOSING_STAGES, type CaseFact, type InsightFacts } from './facts';
import { roundShare, type ReporterRate } from './figures';

/**
 * What one reporter of one case experienced: the unit of loop closure, satisfaction and reopen rate. Worked
 * out once per distinct pair; cells hold the same object, so a set of them counts each pair once.
 */
export interface PairOutcome {
  reporterRef: string;
  /** The case was resolved or closed. */
  finished: boolean;
  /** The reporter was delivered a message at a loop-closing stage for the case. */
  heard: boolean;
  /** The reporter's last answer, if they answered. */
  satisfied: boolean | null;
  closed: boolean;
  askedReopen: boolean;
}

/** Lookups over every fact, built once per answer. */
export class ReporterOutcomes {
  private readonly cases = new Map<string, CaseFact>();
  private readonly heardOutcome = new Set<string>();
  private readonly lastAnswer = new Map<string, { satisfied: boolean; at: number }>();
  private readonly askedReopen = new Set<string>();
  private readonly pairs = new Map<string, PairOutcome>();

  constructor(facts: InsightFacts) {
    for (const c of facts.cases) this.cases.set(c.caseId, c);
    for (const d of facts.deliveries) {
      if (LOOP_CLOSING_STAGES.includes(d.stage)) this.heardOutcome.add(pairKey(d.reporterRef, d.caseId));
    }
    for (const a of facts.answers) {
      const key = pairKey(a.reporterRef, a.caseId);
      const earlier = this.lastAnswer.get(key);
      if (!earlier || a.recordedAt.getTime() >= earlier.at) {
        this.lastAnswer.set(key, { satisfied: a.satisfied, at: a.recordedAt.getTime() });
      }
    }
    for (const r of facts.reopenRequests) this.askedReopen.add(pairKey(r.reporterRef, r.caseId));
  }

  of(reporterRef: string, caseId: string): PairOutcome {
    const key = pairKey(reporterRef, caseId);
    let outcome = this.pairs.get(key);
    if (!outcome) {
      const c = this.cases.get(caseId);
      outcome = {
        reporterRef,
        finished: !!c && (c.resolvedAt !== null || c.closedAt !== null),
        heard: this.heardOutcome.has(key),
        satisfied: this.lastAnswer.get(key)?.satisfied ?? null,
        closed: !!c?.closedAt,
        askedReopen: this.askedReopen.has(key),
      };
      this.pairs.set(key, outcome);
    }
    return outcome;
  }
}

export interface ReporterRates {
  loopClosure: ReporterRate;
  satisfaction: ReporterRate;
  reopen: ReporterRate;
}

/** The three reporter-level rates of a cell's distinct pairs, each with the distinct reporters behind it. */
export function reporterRates(pairs: Iterable<PairOutcome>): ReporterRates {
  const base = { finished: new Set<string>(), answered: new Set<string>(), closed: new Set<string>() };
  const count = { finished: 0, heard: 0, answered: 0, satisfied: 0, closed: 0, reopen: 0 };
  for (const p of pairs) {
    if (p.finished) {
      count.finished++;
      base.finished.add(p.reporterRef);
      if (p.heard) count.heard++;
    }
    if (p.satisfied !== null) {
      count.answered++;
      base.answered.add(p.reporterRef);
      if (p.satisfied) count.satisfied++;
    }
    if (p.closed) {
      count.closed++;
      base.closed.add(p.reporterRef);
      if (p.askedReopen) count.reopen++;
    }
  }
  return {
    loopClosure: { value: roundShare(count.heard, count.finished), reporters: base.finished.size },
    satisfaction: { value: roundShare(count.satisfied, count.answered), reporters: base.answered.size },
    reopen: { value: roundShare(count.reopen, count.closed), reporters: base.closed.size },
  };
}

function pairKey(reporterRef: string, caseId: string): string {
  return `${reporterRef}\u0000${caseId}`;
}
