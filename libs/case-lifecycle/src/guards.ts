import type { CaseCommand } from './case-command';
import type { CaseState } from './case-state';
import { isResolutionCode, RESOLUTION_CODES } from './resolution-codes';

const DAY_MS = 86_400_000;
export const DEFAULT_REOPEN_WINDOW_DAYS = 30;

export interface LifecycleOptions {
  /** How long after closing a case may be reopened, in days (default 30). */
  reopenWindowDays?: number;
}

/** Why the command may not run on this case, or null when it may. Only called for legal transitions. */
export function guardFailure(
  state: CaseState,
  command: CaseCommand,
  now: Date,
  options: LifecycleOptions,
): string | null {
  switch (command.name) {
    case 'assign':
      if (!filled(command.assignee)) return 'assign needs an assignee';
      if (state.status === 'assigned' && state.assignee === command.assignee)
        return `the case is already assigned to ${command.assignee}`;
      return null;
    case 'start':
    case 'resume':
      return filled(state.assignee) ? null : `${command.name} needs an assignee; assign the case first`;
    case 'refer':
      if (command.targetOrganisation !== undefined && !filled(command.targetOrganisation))
        return 'refer needs a target organisation';
      if (!filled(command.reason)) return 'refer needs a reason';
      if (command.targetOrganisation === state.organisation)
        return `the case is already with ${command.targetOrganisation}`;
      return null;
    case 'accept-referral':
      if (
        command.organisation !== undefined &&
        state.referredTo !== undefined &&
        command.organisation !== state.referredTo
      ) {
        return `the case was referred to ${state.referredTo}, not to ${command.organisation}`;
      }
      return null;
    case 'resolve':
      return isResolutionCode(command.resolutionCode)
        ? null
        : `resolve needs a resolution code, one of ${RESOLUTION_CODES.join(', ')}`;
    case 'reopen':
      return state.status === 'closed' ? reopenWindowFailure(state, now, options) : null;
    case 'wait':
    case 'close':
      return null;
  }
}

function reopenWindowFailure(state: CaseState, now: Date, options: LifecycleOptions): string | null {
  const days = options.reopenWindowDays ?? DEFAULT_REOPEN_WINDOW_DAYS;
  if (state.closedAt === undefined)
    return 'the case has no closing time, so the reopen window cannot be checked';
  const deadline = state.closedAt.getTime() + days * DAY_MS;
  if (now.getTime() > deadline) {
    return `the reopen window of ${days} days ended on ${new Date(deadline).toISOString()}`;
  }
  return null;
}

function filled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
