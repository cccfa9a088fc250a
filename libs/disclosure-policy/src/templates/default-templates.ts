import { FEEDBACK_STAGES, type FeedbackStage, type Language } from '../feedback-stage';
import { EN_TEMPLATES } from './default-templates-en';
import { NL_TEMPLATES } from './default-templates-nl';
import type { BandTemplates, MessageTemplates } from './message-templates.types';

/**
 * Subject and body for every stage × language × level band, in friendly Dutch and English. Every message carries
 * the tracking code and says it is not an emergency line (112). Placeholders: trackingCode, noteText,
 * organisationKind.
 */
export const DEFAULT_TEMPLATES: MessageTemplates = Object.fromEntries(
  FEEDBACK_STAGES.map((stage): [FeedbackStage, Readonly<Record<Language, BandTemplates>>] => [
    stage,
    { nl: NL_TEMPLATES[stage], en: EN_TEMPLATES[stage] },
  ]),
) as MessageTemplates;
