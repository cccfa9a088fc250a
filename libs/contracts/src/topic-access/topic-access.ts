import { ALL_TOPICS, Topic, Topics } from '../topics';

/** The four services that speak Kafka. */
export const LOKET_SERVICES = ['intake', 'routing', 'workbench', 'feedback'] as const;
export type LoketService = (typeof LOKET_SERVICES)[number];

/**
 * Who may write and who reads each topic: the broker's access control lists are drawn from this table (see
 * `kafkaAclsFor` in libs/messaging), so a service can publish only the facts it owns and read only those it
 * consumes. A topic has exactly one owner; a new topic without a row here is a compile error.
 */
export const TOPIC_ACCESS: Readonly<Record<Topic, { owner: LoketService; readers: readonly LoketService[] }>> = {
  [Topics.ReportSubmittedV1]: { owner: 'intake', readers: ['routing'] },
  [Topics.ReporterContactSubmittedV1]: { owner: 'intake', readers: ['feedback'] },
  [Topics.CaseOpenedV1]: { owner: 'routing', readers: ['workbench', 'feedback'] },
  [Topics.CaseReportLinkedV1]: { owner: 'routing', readers: ['workbench', 'feedback'] },
  [Topics.CaseReportUnlinkedV1]: { owner: 'routing', readers: ['workbench', 'feedback'] },
  [Topics.CaseMergedV1]: { owner: 'routing', readers: ['workbench', 'feedback'] },
  [Topics.CaseReassignedV1]: { owner: 'routing', readers: ['workbench', 'feedback'] },
  [Topics.CaseStatusChangedV1]: { owner: 'workbench', readers: ['routing', 'workbench', 'feedback'] },
  [Topics.CaseReferredV1]: { owner: 'workbench', readers: ['routing'] },
  [Topics.CaseReporterNoteAddedV1]: { owner: 'workbench', readers: ['feedback'] },
  [Topics.CaseReporterQuestionAskedV1]: { owner: 'workbench', readers: ['feedback'] },
  [Topics.CaseClosedV1]: { owner: 'workbench', readers: [] },
  [Topics.FeedbackDeliveredV1]: { owner: 'feedback', readers: ['workbench'] },
  [Topics.FeedbackSatisfactionRecordedV1]: { owner: 'feedback', readers: ['workbench'] },
  [Topics.FeedbackReopenRequestedV1]: { owner: 'feedback', readers: ['workbench'] },
  [Topics.ReporterQuestionAnsweredV1]: { owner: 'feedback', readers: ['workbench'] },
  [Topics.TaxonomyPublishedV1]: { owner: 'routing', readers: ['intake'] },
  [Topics.ReporterForgottenV1]: { owner: 'feedback', readers: ['intake', 'routing', 'workbench'] },
  [Topics.CategoryModelActivatedV1]: { owner: 'routing', readers: ['intake'] },
};

export function topicsOwnedBy(service: LoketService): Topic[] {
  return ALL_TOPICS.filter((topic) => TOPIC_ACCESS[topic].owner === service);
}

export function topicsReadBy(service: LoketService): Topic[] {
  return ALL_TOPICS.filter((topic) => TOPIC_ACCESS[topic].readers.includes(service));
}

export function isLoketService(name: string): name is LoketService {
  return (LOKET_SERVICES as readonly string[]).includes(name);
}
