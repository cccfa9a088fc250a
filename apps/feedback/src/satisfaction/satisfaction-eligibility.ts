import { requiredLevel } from '@loket/disclosure-policy';
import { DisclosurePolicy } from '../messages/disclosure-policy';
import { CaseFacts, contactLevel, ReporterFacts } from '../messages/plan-message';

export interface StageFact {
  eventId: string;
  stage: string;
  occurredAt: Date;
}

/**
 * The closure a reporter may answer "are you satisfied?" about, or `null`: the case's latest stage must be
 * `closed`, after the reporter reported, and their disclosure level must let them know it closed (level 2);
 * a reporter who may not know the case closed gets the same "not closed" as everyone whose case is open.
 */
export function closureToAnswer(
  reporter: ReporterFacts,
  kase: CaseFacts | null,
  stages: readonly StageFact[],
  policy: DisclosurePolicy,
): StageFact | null {
  if (!kase) return null;
  const latest = [...stages].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()).at(-1);
  if (!latest || latest.stage !== 'closed') return null;
  if (latest.occurredAt.getTime() < reporter.receivedAt.getTime()) return null;
  if (contactLevel(reporter, kase, policy) < requiredLevel('closed')) return null;
  return latest;
}
