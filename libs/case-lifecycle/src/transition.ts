import { TRANSITION_NAMES, type CaseCommand, type TransitionName } from './case-command';
import type { CaseState, CaseTransitioned, TransitionResult } from './case-state';
import type { CaseStatus } from './case-status';
import { guardFailure, type LifecycleOptions } from './guards';
import type { ResolutionCode } from './resolution-codes';
import { allowedTransitions, targetOf } from './transition-table';

/**
 * Applies a command to a case: the next state and the fact to publish, or why not. Pure; never throws for a
 * domain error. 'illegal-transition': the command does not exist or is not legal in this state (HTTP 409);
 * 'guard-failed': it is legal here but its conditions do not hold (missing assignee, resolution code, reason,
 * reopen window passed). `allowed` lists the transitions legal in the current state.
 */
export function transition(
  state: CaseState,
  command: CaseCommand,
  now: Date,
  options: LifecycleOptions = {},
): TransitionResult {
  const allowed = allowedTransitions(state.status);
  const name = command?.name as unknown;
  if (!TRANSITION_NAMES.includes(name as TransitionName)) {
    return { ok: false, code: 'illegal-transition', reason: `unknown transition "${String(name)}"`, allowed };
  }
  const to = targetOf(command.name, state.status);
  if (to === null) {
    return {
      ok: false,
      code: 'illegal-transition',
      reason: `cannot ${command.name} a case that is ${state.status}`,
      allowed,
    };
  }
  const failure = guardFailure(state, command, now, options);
  if (failure !== null) return { ok: false, code: 'guard-failed', reason: failure, allowed };

  const next = nextState(state, command, to, now);
  return { ok: true, next, event: eventOf(state.status, next, command, now) };
}

function nextState(state: CaseState, command: CaseCommand, to: CaseStatus, now: Date): CaseState {
  const next: CaseState = { ...state, status: to, version: state.version + 1 };
  switch (command.name) {
    case 'assign':
      next.assignee = command.assignee;
      break;
    case 'refer':
      if (command.targetOrganisation !== undefined) next.referredTo = command.targetOrganisation;
      break;
    case 'accept-referral':
      if (state.referredTo !== undefined || command.organisation !== undefined) {
        next.organisation = state.referredTo ?? command.organisation;
      }
      delete next.referredTo;
      delete next.assignee;
      break;
    case 'resolve':
      next.resolutionCode = command.resolutionCode as ResolutionCode;
      break;
    case 'close':
      next.closedAt = now;
      break;
    case 'reopen':
      delete next.resolutionCode;
      delete next.closedAt;
      if (to === 'new') delete next.assignee;
      break;
    case 'start':
    case 'wait':
    case 'resume':
      break;
  }
  return next;
}

function eventOf(from: CaseStatus, next: CaseState, command: CaseCommand, now: Date): CaseTransitioned {
  return {
    transition: command.name,
    from,
    to: next.status,
    caseVersion: next.version,
    changedAt: now,
    assignee: next.assignee ?? null,
    resolutionCode: next.resolutionCode ?? null,
    referral:
      command.name === 'refer'
        ? { targetOrganisation: command.targetOrganisation ?? null, reason: command.reason }
        : null,
    reason:
      (command.name === 'wait' || command.name === 'reopen') && command.reason !== undefined
        ? command.reason
        : null,
  };
}
