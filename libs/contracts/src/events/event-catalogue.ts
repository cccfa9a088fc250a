import { CaseOpened } from './case-opened/case-opened.v1';
import { CaseReportLinked } from './case-report-linked/case-report-linked.v1';
import { CaseReportUnlinked } from './case-report-unlinked/case-report-unlinked.v1';
import { CaseMerged } from './case-merged/case-merged.v1';
import { CaseReporterNoteAdded } from './case-reporter-note-added/case-reporter-note-added.v1';
import { CaseReporterQuestionAsked } from './case-reporter-question-asked/case-reporter-question-asked.v1';
import { CaseStatusChanged } from './case-status-changed/case-status-changed.v1';
import { CaseReferred } from './case-referred/case-referred.v1';
import { CaseReassigned } from './case-reassigned/case-reassigned.v1';
import { CaseClosed } from './case-closed/case-closed.v1';
import { FeedbackReopenRequested } from './feedback-reopen-requested/feedback-reopen-requested.v1';
import { FeedbackSatisfactionRecorded } from './feedback-satisfaction-recorded/feedback-satisfaction-recorded.v1';
import { EventDefinition } from './event-definition';
import { FeedbackDelivered } from './feedback-delivered/feedback-delivered.v1';
import { ReportSubmitted } from './report-submitted/report-submitted.v1';
import { ReporterContactSubmitted } from './reporter-contact-submitted/reporter-contact-submitted.v1';
import { ReporterQuestionAnswered } from './reporter-question-answered/reporter-question-answered.v1';
import { ReporterForgotten } from './reporter-forgotten/reporter-forgotten.v1';
import { TaxonomyPublished } from './taxonomy-published/taxonomy-published.v1';
import { CategoryModelActivated } from './category-model-activated/category-model-activated.v1';

/** Every event Loket publishes, so a consumer can find the schema of what arrives on a topic. */
export const EVENT_CATALOGUE: readonly EventDefinition<object>[] = [
  ReportSubmitted,
  ReporterContactSubmitted,
  CaseOpened,
  CaseReportLinked,
  CaseReportUnlinked,
  CaseMerged,
  CaseStatusChanged,
  CaseReferred,
  CaseReassigned,
  CaseReporterNoteAdded,
  CaseReporterQuestionAsked,
  CaseClosed,
  FeedbackDelivered,
  FeedbackSatisfactionRecorded,
  FeedbackReopenRequested,
  ReporterQuestionAnswered,
  TaxonomyPublished,
  ReporterForgotten,
  CategoryModelActivated,
] as EventDefinition<object>[];

export function definitionFor(type: string, version: number): EventDefinition<object> | undefined {
  return EVENT_CATALOGUE.find((d) => d.type === type && d.version === version);
}
