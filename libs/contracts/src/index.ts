export type { EventEnvelope } from './envelope';
export { EventEnvelopeSchema } from './envelope';
export type { Topic } from './topics';
export { ALL_TOPICS, COMPACTED_TOPICS, deadLetterTopicOf, Topics } from './topics';
export type { FieldError, SchemaResult } from './validation/validate-schema';
export { describeErrors, validateSchema } from './validation/validate-schema';
export type { InputPlace } from './validation/find-in-input';
export { findInInput } from './validation/find-in-input';
export type { EventDefinition } from './events/event-definition';
export { defineEvent } from './events/event-definition';
export { definitionFor, EVENT_CATALOGUE } from './events/event-catalogue';
export type { CaseStatus, Priority, ReporterTier } from './events/shared-shapes';
export { AddressV1, CASE_STATUSES, CategoryRefV1, GeoPointV1, PRIORITIES, REPORTER_TIERS, SlaV1 } from './events/shared-shapes';
export type { PhotoContentType } from './events/report-attachments';
export {
  ANSWER_KINDS,
  LocalisedTextV1,
  MAX_ANSWERS_PER_REPORT,
  MAX_PHOTOS_PER_REPORT,
  PHOTO_CONTENT_TYPES,
  ReportAnswerV1,
  ReportPhotoV1,
} from './events/report-attachments';
export type { AssistedChannel, ReportChannel } from './events/report-submitted/report-submitted.v1';
export { ASSISTED_CHANNELS, REPORT_CHANNELS, ReportAgentV1, ReportSubmitted, ReportSubmittedV1 } from './events/report-submitted/report-submitted.v1';
export {
  ReporterContactSubmitted,
  ReporterContactSubmittedV1,
} from './events/reporter-contact-submitted/reporter-contact-submitted.v1';
export {
  CaseCategoryV1,
  CaseOpened,
  CaseOpenedV1,
  CaseReportV1,
  CategorySuggestionUsedV1,
  RoutingDecisionSummaryV1,
} from './events/case-opened/case-opened.v1';
export { CaseReportLinked, CaseReportLinkedV1 } from './events/case-report-linked/case-report-linked.v1';
export { CaseReportUnlinked, CaseReportUnlinkedV1 } from './events/case-report-unlinked/case-report-unlinked.v1';
export { CaseMerged, CaseMergedV1 } from './events/case-merged/case-merged.v1';
export { CaseStatusChanged, CaseStatusChangedV1 } from './events/case-status-changed/case-status-changed.v1';
export { CaseReferred, CaseReferredV1 } from './events/case-referred/case-referred.v1';
export type { ReassignmentVia } from './events/case-reassigned/case-reassigned.v1';
export { CaseReassigned, CaseReassignedV1, REASSIGNMENT_VIAS } from './events/case-reassigned/case-reassigned.v1';
export {
  CaseReporterNoteAdded,
  CaseReporterNoteAddedV1,
} from './events/case-reporter-note-added/case-reporter-note-added.v1';
export {
  CaseReporterQuestionAsked,
  CaseReporterQuestionAskedV1,
} from './events/case-reporter-question-asked/case-reporter-question-asked.v1';
export {
  ReporterQuestionAnswered,
  ReporterQuestionAnsweredV1,
} from './events/reporter-question-answered/reporter-question-answered.v1';
export type { FeedbackStage } from './events/feedback-delivered/feedback-delivered.v1';
export { FEEDBACK_STAGES, FeedbackDelivered, FeedbackDeliveredV1 } from './events/feedback-delivered/feedback-delivered.v1';
export { CaseClosed, CaseClosedV1 } from './events/case-closed/case-closed.v1';
export {
  FeedbackSatisfactionRecorded,
  FeedbackSatisfactionRecordedV1,
} from './events/feedback-satisfaction-recorded/feedback-satisfaction-recorded.v1';
export {
  FeedbackReopenRequested,
  FeedbackReopenRequestedV1,
} from './events/feedback-reopen-requested/feedback-reopen-requested.v1';
export {
  CategoryQuestionV1,
  QuestionOptionV1,
  TaxonomyCategoryV1,
  TaxonomyDocumentV1,
  TaxonomyOrganisationV1,
  TaxonomySubcategoryV1,
  TaxonomyTextV1,
  UrgentIfV1,
} from './events/taxonomy-published/taxonomy-document.v1';
export { TAXONOMY_EVENT_KEY, TaxonomyPublished, TaxonomyPublishedV1 } from './events/taxonomy-published/taxonomy-published.v1';
export {
  CATEGORY_MODEL_EVENT_KEY, CategoryExampleV1, CategoryModelActivated, CategoryModelActivatedV1,
} from './events/category-model-activated/category-model-activated.v1';
export { FORGET_REASONS, FORGOTTEN_MARKER, ReporterForgotten, ReporterForgottenV1 } from './events/reporter-forgotten/reporter-forgotten.v1';
export type { ForgetReason } from './events/reporter-forgotten/reporter-forgotten.v1';
export type { OpenedPayload, PersonalBoxV1, PersonalData, PersonalField, SubjectKey, WhenForgotten } from './sealing/personal-fields';
export {
  hasSealedFields,
  isPersonalBox,
  newSubjectKey,
  openPersonalFields,
  PERSONAL_BOX_ALGORITHM,
  personalSubjectOf,
  sealPersonalFields,
} from './sealing/personal-fields';
export { openSealedBox, SEALED_BOX_ALGORITHM, SealedBoxV1, sealFor } from './sealing/sealed-box';
export { SealedContactDetails, SealedReporterDetails } from './sealing/sealed-reporter-details';
export type { PhotoLink, PhotoLinkCheck } from './photo-links/photo-link';
export { checkPhotoLink, PHOTO_LINK_MAX_TTL_SECONDS, photoLinkSignature, signedPhotoPath } from './photo-links/photo-link';
export { asyncApiDocument } from './asyncapi/asyncapi-document';
export type { LoketService } from './topic-access/topic-access';
export { isLoketService, LOKET_SERVICES, TOPIC_ACCESS, topicsOwnedBy, topicsReadBy } from './topic-access/topic-access';
export type { JsonSchema } from './asyncapi/json-schema-of';
export { jsonSchemaOf } from './asyncapi/json-schema-of';
