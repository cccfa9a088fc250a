/** The topic catalogue: every topic is named after the fact it carries, `loket.<entity>.<fact>.v<N>`. */
export const Topics = {
  ReportSubmittedV1: 'loket.report.submitted.v1',
  ReporterContactSubmittedV1: 'loket.reporter.contact-submitted.v1',
  CaseOpenedV1: 'loket.case.opened.v1',
  CaseReportLinkedV1: 'loket.case.report-linked.v1',
  CaseReportUnlinkedV1: 'loket.case.report-unlinked.v1',
  CaseMergedV1: 'loket.case.merged.v1',
  CaseStatusChangedV1: 'loket.case.status-changed.v1',
  CaseReferredV1: 'loket.case.referred.v1',
  CaseReassignedV1: 'loket.case.reassigned.v1',
  CaseReporterNoteAddedV1: 'loket.case.reporter-note-added.v1',
  CaseReporterQuestionAskedV1: 'loket.case.reporter-question-asked.v1',
  CaseClosedV1: 'loket.case.closed.v1',
  FeedbackDeliveredV1: 'loket.feedback.delivered.v1',
  FeedbackSatisfactionRecordedV1: 'loket.feedback.satisfaction-recorded.v1',
  FeedbackReopenRequestedV1: 'loket.feedback.reopen-requested.v1',
  ReporterQuestionAnsweredV1: 'loket.reporter.question-answered.v1',
  TaxonomyPublishedV1: 'loket.taxonomy.published.v1',
  ReporterForgottenV1: 'loket.reporter.forgotten.v1',
  CategoryModelActivatedV1: 'loket.category-model.activated.v1',
} as const;

export type Topic = (typeof Topics)[keyof typeof Topics];

/**
 * Topics whose latest message per key is kept for ever (log compaction) instead of being deleted after the
 * retention: a fact in force that a consumer starting later must still learn (the taxonomy in force, the category
 * suggester version in force).
 */
export const COMPACTED_TOPICS: readonly Topic[] = [Topics.TaxonomyPublishedV1, Topics.CategoryModelActivatedV1];

/** Where a message goes that its consumer could not process: `<topic>.dlq`. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

export const ALL_TOPICS: readonly Topic[] = Object.values(Topics);
