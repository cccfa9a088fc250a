import { SeededRandom } from '@loket/seeded-random';
import type { CaseCommand } from './case-command';
import type { CaseState } from './case-state';
import { isCaseStatus } from './case-status';
import { transition } from './transition';
import { allowedTransitions, targetOf } from './transition-table';

// Property-style: long random command sequences, including malformed commands, from a new case.

const PEOPLE = ['anna', 'bram', '', '  '];
const ORGS = ['municipality', 'police', 'housing', ''];
const CODES = ['solved', 'duplicate', 'not-reproducible', 'fixed', ''];
const HOUR = 3_600_000;

function randomCommand(random: SeededRandom): CaseCommand {
  switch (random.int(10)) {
    case 0:
      return { name: 'assign', assignee: random.pick(PEOPLE) };
    case 1:
      return { name: 'start' };
    case 2:
      return { name: 'wait', reason: 'third party' };
    case 3:
      return { name: 'resume' };
    case 4:
      return { name: 'refer', targetOrganisation: random.pick(ORGS), reason: random.pick(['crime', '']) };
    case 5:
      return random.chance(0.5)
        ? { name: 'accept-referral' }
        : { name: 'accept-referral', organisation: random.pick(ORGS) };
    case 6:
      return { name: 'resolve', resolutionCode: random.pick(CODES) };
    case 7:
      return { name: 'close' };
    case 8:
      return { name: 'reopen' };
    default:
      return { name: random.pick(['archive', 'delete', '']) } as unknown as CaseCommand;
  }
}

/** What must hold of every state a case can be in. Returns the broken rule, or null. */
function brokenInvariant(s: CaseState): string | null {
  if (!isCaseStatus(s.status)) return `undefined state ${String(s.status)}`;
  if (
    (s.status === 'assigned' || s.status === 'in_progress' || s.status === 'resolved') &&
    !s.assignee?.trim()
  )
    return `${s.status} without assignee`;
  if (s.status === 'new' && s.assignee !== undefined) return 'new with assignee';
  if ((s.status === 'resolved' || s.status === 'closed') !== (s.resolutionCode !== undefined))
    return `${s.status} with resolutionCode ${String(s.resolutionCode)}`;
  if ((s.status === 'closed') !== (s.closedAt !== undefined))
    return `${s.status} with closedAt ${String(s.closedAt)}`;
  if ((s.status === 'referred') !== (s.referredTo !== undefined))
    return `${s.status} with referredTo ${String(s.referredTo)}`;
  return null;
}

describe('transition with random command sequences (seeded)', () => {
  const random = new SeededRandom(1234);
  const runs = Array.from({ length: 300 }, () =>
    Array.from({ length: 60 }, () => ({ command: randomCommand(random), hours: random.int(24 * 12) })),
  );

  it('never reaches an undefined state or breaks an invariant, and never throws', () => {
    const broken: string[] = [];
    let successes = 0;
    const visited = new Set<string>();
    for (const commands of runs) {
      let s: CaseState = { status: 'new', version: 1, organisation: 'municipality' };
      let now = new Date('2025-01-01T00:00:00Z');
      for (const { command, hours } of commands) {
        now = new Date(now.getTime() + hours * HOUR);
        const result = transition(s, command, now);
        if (!result.ok) continue;
        successes++;
        s = result.next;
        visited.add(s.status);
        const problem = brokenInvariant(s);
        if (problem !== null) broken.push(`${command.name} -> ${problem}`);
      }
    }
    expect(broken.slice(0, 5)).toEqual([]);
    // the sequences must get around, or the property proves little
    expect(successes).toBeGreaterThan(2000);
    expect([...visited].sort()).toEqual([
      'assigned',
      'closed',
      'in_progress',
      'new',
      'referred',
      'resolved',
      'waiting',
    ]);
  });

  it('moves only along the table, adds one to the version, and leaves the state alone when refused', () => {
    for (const commands of runs.slice(0, 100)) {
      let s: CaseState = { status: 'new', version: 1, organisation: 'municipality' };
      for (const { command } of commands) {
        const before = structuredClone(s);
        const result = transition(s, command, new Date('2025-01-02T00:00:00Z'));
        expect(s).toEqual(before);
        if (result.ok) {
          expect(result.next.status).toBe(targetOf(command.name, before.status));
          expect(result.next.version).toBe(before.version + 1);
          expect([result.event.from, result.event.to, result.event.caseVersion]).toEqual([
            before.status,
            result.next.status,
            result.next.version,
          ]);
          s = result.next;
        } else {
          expect(result.allowed).toEqual(allowedTransitions(before.status));
        }
      }
    }
  });
});
