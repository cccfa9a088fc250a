import { ROUTING } from '../werkbank/api';

/** Routing's administration of the category suggester's versions: list and train here, per version evaluate and activate; roll back. */
export const CATEGORY_MODELS_PATH = `${ROUTING}/admin/category-models`;

export const categoryModelPath = (version: number, action: 'evaluate' | 'activate') =>
  `${CATEGORY_MODELS_PATH}/${encodeURIComponent(String(version))}/${action}`;

export const CATEGORY_MODEL_ROLLBACK_PATH = `${CATEGORY_MODELS_PATH}/rollback`;

/** The refusals of these endpoints the page explains in its own words (routing's `detail` is shown beneath). */
export const CATEGORY_MODEL_PROBLEMS = ['not-evaluated', 'already-active', 'nothing-to-roll-back'] as const;
