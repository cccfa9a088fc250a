export type { DisclosureLevel, ReporterTier, Sensitivity } from './disclosure-levels';
export {
  describeLevel,
  DISCLOSURE_LEVEL_NAMES,
  DISCLOSURE_LEVELS,
  isDisclosureLevel,
  REPORTER_TIERS,
  SENSITIVITIES,
} from './disclosure-levels';
export type { FeedbackStage, Language } from './feedback-stage';
export { FEEDBACK_STAGES, LANGUAGES } from './feedback-stage';
export type { DisclosureMatrix, MatrixIssue } from './matrix/disclosure-matrix';
export { ceilingFor, DEFAULT_DISCLOSURE_MATRIX, validateMatrix } from './matrix/disclosure-matrix';
export type { DeliveryDecision } from './delivery/delivery-decision';
export { messagesFor, NOTE_TEXT_LEVEL, requiredLevel } from './delivery/delivery-decision';
// Redaction moved to @loket/redaction (the public map in routing needs it too); re-exported for feedback.
export type { RedactionKind, RedactionResult } from '@loket/redaction';
export { redact, REDACTION_MARKERS } from '@loket/redaction';
export type { TemplateErrorCode, TemplateVariables } from './templates/render-template';
export { renderTemplate, TemplateError, templateVariables } from './templates/render-template';
export type {
  BandTemplates,
  LevelBand,
  MessageContext,
  MessageTemplate,
  MessageTemplates,
} from './templates/message-templates.types';
export { LEVEL_BANDS } from './templates/message-templates.types';
export { DEFAULT_TEMPLATES } from './templates/default-templates';
export { ORGANISATION_KINDS, organisationKindFor } from './organisation-kind';
export type { MessagePreview } from './preview/preview-for';
export { previewFor } from './preview/preview-for';
export type { TemplateIssue } from './templates/validate-templates';
export { allowedPlaceholders, bandsReachable, TEMPLATE_LIMITS, validateTemplates } from './templates/validate-templates';
