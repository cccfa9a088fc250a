import type { LinkingModels, LinkingModelView } from './linking-model-types';

/** Why a version cannot be activated now, in the words of routing's refusals; null when it can. */
export type ActivationBlock = 'not-evaluated' | 'already-active';

export interface LinkingModelRow {
  model: LinkingModelView;
  active: boolean;
  /** Evaluate is offered until the version has an evaluation (on the same held-out half it would not change). */
  evaluable: boolean;
  activationBlock: ActivationBlock | null;
}

/**
 * The versions as the administrators' table shows them, newest first; which one is active comes from the list's
 * `activeVersion` (the one word on it), so a stale `active` flag on a version cannot show two.
 */
export function linkingModelRows(list: LinkingModels): LinkingModelRow[] {
  return [...list.models]
    .sort((a, b) => b.version - a.version)
    .map((model) => {
      const active = model.version === list.activeVersion;
      return {
        model,
        active,
        evaluable: model.evaluation === null,
        activationBlock: active ? 'already-active' : model.evaluation === null ? 'not-evaluated' : null,
      };
    });
}
