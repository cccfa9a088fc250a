import { ApiProperty } from '@nestjs/swagger';
import { ReporterQuestionResponse } from '../ask-reporter/ask-reporter.request';
import { REPORT_CHANNELS, REPORTER_TIERS, type ReportChannel, type ReporterTier } from '@loket/contracts';
import { NoteResponse, toNoteResponse } from '../add-note/note.response';
import { CaseSummaryResponse, toCaseSummary } from '../case-summary.response';
import type { CaseNoteRecord } from '../persistence/case-note.entity';
import type { CaseReportRecord } from '../persistence/case-report.entity';
import {
  TIMELINE_KINDS,
  type CaseTimelineEntryRecord,
  type TimelineDetails,
  type TimelineKind,
} from '../persistence/case-timeline-entry.entity';
import type { CaseRecord } from '../persistence/case.entity';
import { OtherAgencyResponse } from '../../agencies/other-agency.response';

export class LocationResponse {
  @ApiProperty({ example: 52.0907 })
  lat!: number;

  @ApiProperty({ example: 5.1214 })
  lon!: number;
}

export class ReportCategoryResponse {
  @ApiProperty({ example: 'afval' })
  main!: string;

  @ApiProperty({ nullable: true, type: String, example: 'grofvuil' })
  sub!: string | null;
}

export class LocalisedTextResponse {
  @ApiProperty({ example: 'Is iemand nu in gevaar?' })
  nl!: string;

  @ApiProperty({ example: 'Is someone in danger right now?' })
  en!: string;
}

/** The reporter's answer to one of the category's extra questions, with the question as it was asked. */
export class ReportAnswerResponse {
  @ApiProperty({ example: 'someone-in-danger' })
  questionId!: string;

  @ApiProperty({ enum: ['yes-no', 'text', 'choice', 'number'] })
  kind!: string;

  @ApiProperty({ type: LocalisedTextResponse })
  label!: LocalisedTextResponse;

  @ApiProperty({ oneOf: [{ type: 'boolean' }, { type: 'string' }, { type: 'number' }], example: true })
  value!: boolean | string | number;

  @ApiProperty({ type: LocalisedTextResponse, required: false, description: 'For a choice: the chosen option' })
  valueLabel?: LocalisedTextResponse;

  @ApiProperty({ description: 'The answer means an emergency, e.g. someone was in danger when it was reported' })
  urgent!: boolean;
}

/** A photo of the report. The image: GET /api/v1/cases/{caseId}/reports/{reportId}/photos/{photoId}. */
export class ReportPhotoResponse {
  @ApiProperty({ format: 'uuid' })
  photoId!: string;

  @ApiProperty({ enum: ['image/jpeg', 'image/png'] })
  contentType!: string;

  @ApiProperty({ example: 183_422 })
  bytes!: number;

  @ApiProperty({ example: 1024 })
  width!: number;

  @ApiProperty({ example: 768 })
  height!: number;
}

/** A report of the case: what was reported, where and when. Never who reported it. */
export class CaseReportResponse {
  @ApiProperty({ format: 'uuid' })
  reportId!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: ReportCategoryResponse })
  category!: ReportCategoryResponse;

  @ApiProperty({ type: LocationResponse })
  location!: LocationResponse;

  @ApiProperty({ type: [String], description: 'Areas (neighbourhoods) the location lies in' })
  areaIds!: string[];

  @ApiProperty({ enum: REPORTER_TIERS, description: 'What kind of reporter, e.g. a trained volunteer' })
  reporterTier!: ReporterTier;

  @ApiProperty({ format: 'date-time' })
  submittedAt!: string;

  @ApiProperty({ enum: REPORT_CHANNELS, nullable: true, description: 'How it came in: web, chat (forwarded from a neighbourhood chat, members anonymised), open311, phone, desk, counter, …; null when not known' })
  channel!: ReportChannel | null;

  @ApiProperty({ format: 'date-time', nullable: true, description: 'When it was seen, when the report knows it apart from its submission (a forwarded chat message)' })
  observedAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  linkedAt!: string;

  @ApiProperty({ type: [ReportAnswerResponse], description: "Answers to the category's extra questions" })
  answers!: ReportAnswerResponse[];

  @ApiProperty({ type: [ReportPhotoResponse], description: 'Photos, metadata removed; fetch each through the case (access-checked)' })
  photos!: ReportPhotoResponse[];
}

export class RoutingExplanationResponse {
  @ApiProperty()
  policyId!: string;

  @ApiProperty()
  policyVersion!: number;

  @ApiProperty({ nullable: true, type: String, description: 'null when the fallback decided' })
  ruleId!: string | null;

  @ApiProperty({ example: 'Rule "afval-gemeente" matched: category afval' })
  explanation!: string;
}

export class TimelineActorResponse {
  @ApiProperty()
  subject!: string;

  @ApiProperty({ nullable: true, type: String })
  username!: string | null;

  @ApiProperty({ nullable: true, type: String })
  organisation!: string | null;
}

export class TimelineEntryResponse {
  @ApiProperty({ enum: TIMELINE_KINDS })
  kind!: TimelineKind;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: TimelineActorResponse, nullable: true, description: 'null when the system did it' })
  actor!: TimelineActorResponse | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The case version after this entry, when it changed the case',
  })
  caseVersion!: number | null;

  @ApiProperty({ type: Object, example: { transition: 'start', from: 'assigned', to: 'in_progress' } })
  details!: TimelineDetails;
}

/** The case file: the case, its reports, why it was routed here, what happened, and the notes the reader may see. */
export class CaseFileResponse extends CaseSummaryResponse {
  @ApiProperty({ type: RoutingExplanationResponse })
  routing!: RoutingExplanationResponse;

  @ApiProperty({ type: [CaseReportResponse] })
  reports!: CaseReportResponse[];

  @ApiProperty({ type: [TimelineEntryResponse] })
  timeline!: TimelineEntryResponse[];

  @ApiProperty({ type: [NoteResponse] })
  notes!: NoteResponse[];

  @ApiProperty({
    type: [OtherAgencyResponse],
    description: 'Other organisations with an open case at the same address (compared as a keyed hash): who to call, never their case',
  })
  otherAgencies!: OtherAgencyResponse[];

  @ApiProperty({ type: [ReporterQuestionResponse], description: "Questions asked of the case's reporters, oldest first, with their answers" })
  questions!: ReporterQuestionResponse[];
}

export interface CaseFileParts {
  record: CaseRecord;
  reports: readonly CaseReportRecord[];
  notes: readonly CaseNoteRecord[];
  timeline: readonly CaseTimelineEntryRecord[];
}

export function toCaseFile({ record, reports, notes, timeline }: CaseFileParts): Omit<CaseFileResponse, 'otherAgencies' | 'questions'> {
  return {
    ...toCaseSummary(record),
    routing: {
      policyId: record.routingPolicyId,
      policyVersion: record.routingPolicyVersion,
      ruleId: record.routingRuleId,
      explanation: record.routingExplanation,
    },
    reports: reports.map(toReportResponse),
    timeline: timeline.map(toTimelineEntryResponse),
    notes: notes.map(toNoteResponse),
  };
}

export function toReportResponse(report: CaseReportRecord): CaseReportResponse {
  return {
    reportId: report.reportId,
    description: report.description,
    category: { main: report.categoryMain, sub: report.categorySub },
    location: { lat: report.lat, lon: report.lon },
    areaIds: [...report.areaIds],
    reporterTier: report.reporterTier,
    submittedAt: report.submittedAt.toISOString(),
    channel: report.channel ?? null,
    observedAt: report.observedAt?.toISOString() ?? null,
    linkedAt: report.linkedAt.toISOString(),
    answers: (report.answers ?? []).map((a) => ({
      questionId: a.questionId,
      kind: a.kind,
      label: { nl: a.label.nl, en: a.label.en },
      value: a.value,
      ...(a.valueLabel ? { valueLabel: { nl: a.valueLabel.nl, en: a.valueLabel.en } } : {}),
      urgent: a.urgent === true,
    })),
    photos: (report.photos ?? []).map((p) => ({ photoId: p.photoId, contentType: p.contentType, bytes: p.bytes, width: p.width, height: p.height })),
  };
}

export function toTimelineEntryResponse(entry: CaseTimelineEntryRecord): TimelineEntryResponse {
  return {
    kind: entry.kind,
    at: entry.occurredAt.toISOString(),
    actor: entry.actorSubject
      ? { subject: entry.actorSubject, username: entry.actorUsername, organisation: entry.actorOrganisation }
      : null,
    caseVersion: entry.caseVersion,
    details: { ...entry.details },
  };
}
