import { ROUTING } from '../werkbank/api';

/** Routing's administration of linking models: list and train here, then per version evaluate and activate; roll back. */
export const LINKING_MODELS_PATH = `${ROUTING}/admin/linking-models`;

export const linkingModelPath = (version: number, action: 'evaluate' | 'activate') =>
  `${LINKING_MODELS_PATH}/${encodeURIComponent(String(version))}/${action}`;

export const ROLLBACK_PATH = `${LINKING_MODELS_PATH}/rollback`;

/** The refusals of these endpoints the page explains in its own words (routing's `detail` is shown beneath). */
export const LINKING_MODEL_PROBLEMS = [
  'too-few-examples',
  'not-evaluated',
  'already-active',
  'nothing-to-roll-back',
] as const;

/** Routing takes a reason of 1 to 2000 characters for an activation or a roll-back; it goes into the audit log. */
export const REASON_MAX_LENGTH = 2000;

export type ReasonIssue = 'empty' | 'too-long';

/** What is wrong with a reason as typed, before it is sent; null when it can go. */
export function reasonIssue(typed: string): ReasonIssue | null {
  const reason = typed.trim();
  if (reason.length === 0) return 'empty';
  return reason.length > REASON_MAX_LENGTH ? 'too-long' : null;
}

/** The body of an activation or a roll-back: the reason without the spaces around it. */
export function reasonBody(typed: string): { reason: string } {
  return { reason: typed.trim() };
}
