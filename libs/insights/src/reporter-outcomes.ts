import { LOOP_CLOSING_STAGES, type CaseFact, type InsightFacts } from './facts';
import { roundShare, type ReporterRate } from './figures';

/** A reporter of a case: the unit of loop closure, satisfaction and reopen rate. */
export interface ReporterOfCase {
  reporterRef: string;
  caseId: string;
}

/** Lookups over every fact, built once per answer, for the reporter-level figures of each cell. */
export class ReporterOutcomes {
  private readonly cases = new Map<string, CaseFact>();
  private readonly heardOutcome = new Set<string>();
  private readonly lastAnswer = new Map<string, { satisfied: boolean; at: number }>();
  private readonly askedReopen = new Set<string>();

  constructor(facts: InsightFacts) {
    for (const c of facts.cases) this.cases.set(c.caseId, c);
    for (const d of facts.deliveries) {
      if (LOOP_CLOSING_STAGES.includes(d.stage)) this.heardOutcome.add(pairKey(d));
    }
    for (const a of facts.answers) {
      const key = pairKey(a);
      const earlier = this.lastAnswer.get(key);
      if (!earlier || a.recordedAt.getTime() >= earlier.at) {
        this.lastAnswer.set(key, { satisfied: a.satisfied, at: a.recordedAt.getTime() });
      }
    }
    for (const r of facts.reopenRequests) this.askedReopen.add(pairKey(r));
  }

  loopClosure(pairs: readonly ReporterOfCase[]): ReporterRate {
    const finished = pairs.filter((p) => {
      const c = this.cases.get(p.caseId);
      return !!c && (c.resolvedAt !== null || c.closedAt !== null);
    });
    return rate(finished, (p) => this.heardOutcome.has(pairKey(p)));
  }

  satisfaction(pairs: readonly ReporterOfCase[]): ReporterRate {
    const answered = pairs.filter((p) => this.lastAnswer.has(pairKey(p)));
    return rate(answered, (p) => this.lastAnswer.get(pairKey(p))?.satisfied === true);
  }

  reopen(pairs: readonly ReporterOfCase[]): ReporterRate {
    const closed = pairs.filter((p) => this.cases.get(p.caseId)?.closedAt);
    return rate(closed, (p) => this.askedReopen.has(pairKey(p)));
  }
}

export function pairKey(p: ReporterOfCase): string {
  return `${p.reporterRef}\u0000${p.caseId}`;
}

function rate(base: readonly ReporterOfCase[], counts: (p: ReporterOfCase) => boolean): ReporterRate {
  return {
    value: roundShare(base.filter(counts).length, base.length),
    reporters: new Set(base.map((p) => p.reporterRef)).size,
  };
}
