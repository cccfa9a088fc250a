import {
  ceilingFor,
  DisclosureLevel,
  FeedbackStage,
  Language,
  MessagePreview,
  MessageTemplates,
  organisationKindFor,
  previewFor,
  redact,
  ReporterTier,
  Sensitivity,
  SENSITIVITIES,
} from '@loket/disclosure-policy';
import { CaseStage } from '../case-links/stage-of-status-change';
import { DisclosurePolicy } from './disclosure-policy';
import { MessageChannel } from './message.entity';

/** What planning needs to know of a reporter: no contact details, only whether there is an address. */
export interface ReporterFacts {
  reportId: string;
  reporterRef: string;
  tier: ReporterTier;
  language: Language;
  consentToContact: boolean;
  hasEmail: boolean;
  receivedAt: Date;
  /** How messages after the receipt refer to the tracking code, which is not kept: `…-HC9F`. */
  trackingCodeHint: string;
}

/** What planning needs to know of the reporter's case; `null` while routing has not opened it yet. */
export interface CaseFacts {
  caseId: string;
  sensitivity: Sensitivity;
  /** Organisation code (`police`, `social-work`, …): named as a kind of organisation at level 4 only. */
  organisation: string;
}

/** Something a reporter may hear about, with the event that caused it. */
export type Occasion =
  | { stage: 'received'; eventId: string; occurredAt: Date; trackingCode?: string }
  | { stage: CaseStage; eventId: string; occurredAt: Date }
  | { stage: 'note-for-reporter'; eventId: string; occurredAt: Date; noteText: string };

export interface PlannedMessage {
  reportId: string;
  reporterRef: string;
  caseId: string | null;
  triggerEventId: string;
  /** A disclosure stage, or a professional's question (its own message, not a disclosure of progress). */
  stage: FeedbackStage | 'question-for-reporter';
  level: DisclosureLevel;
  channel: MessageChannel;
  language: Language;
  subject: string;
  body: string;
  occurredAt: Date;
  /** Where a reply to the e-mail goes (a question the reporter may answer by replying); none by default. */
  replyTo?: string;
}

/**
 * The level a reporter is written to: 0 without consent; otherwise the matrix ceiling for their tier and
 * the case's sensitivity, or — before the case (and so its sensitivity) is known — the lowest ceiling the
 * tier has for any sensitivity, so nothing is ever told that the real case would not allow.
 */
export function contactLevel(reporter: ReporterFacts, kase: CaseFacts | null, policy: DisclosurePolicy): DisclosureLevel {
  const consent = { contact: reporter.consentToContact };
  const ceilingAt = (sensitivity: Sensitivity) => ceilingFor(policy.matrix, sensitivity, reporter.tier, consent);
  if (kase) return ceilingAt(kase.sensitivity);
  return Math.min(...SENSITIVITIES.map(ceilingAt)) as DisclosureLevel;
}

/**
 * Decides whether one reporter hears about one occasion, at which level, through which channel, and what
 * they read. Pure: the system, not the professional, enforces the disclosure policy here.
 * - the policy's `previewFor` decides by level (receipt from 1, stages from 2, a note's text from 3, the
 *   kind of organisation at 4) and renders the template in the reporter's language;
 * - what happened before this reporter reported is not theirs to hear (a later report linked to an older case);
 * - e-mail when they left an address, otherwise the message waits on the tracking page;
 * - a professional's note is redacted: it is never the reporter's own text.
 */
export function planMessage(
  occasion: Occasion,
  reporter: ReporterFacts,
  kase: CaseFacts | null,
  policy: DisclosurePolicy,
): PlannedMessage | null {
  if (occasion.stage !== 'received' && occasion.occurredAt < reporter.receivedAt) return null;
  const level = contactLevel(reporter, kase, policy);
  const preview = composeMessage(
    { stage: occasion.stage, level, language: reporter.language },
    {
      trackingCode: (occasion.stage === 'received' && occasion.trackingCode) || reporter.trackingCodeHint,
      noteText: occasion.stage === 'note-for-reporter' ? occasion.noteText : undefined,
      organisation: kase?.organisation,
    },
    policy.templates,
  );
  if (!preview.deliver) return null;
  return {
    reportId: reporter.reportId,
    reporterRef: reporter.reporterRef,
    caseId: kase?.caseId ?? null,
    triggerEventId: occasion.eventId,
    stage: occasion.stage,
    level,
    channel: reporter.hasEmail ? 'email' : 'page',
    language: reporter.language,
    subject: preview.subject,
    body: preview.body,
    occurredAt: occasion.occurredAt,
  };
}

/** What a message is made of before the policy decides: the professional's words as written, the organisation's code. */
export interface MessageInput {
  trackingCode: string;
  noteText?: string;
  organisation?: string;
}

/**
 * The text of one message at one level: the note redacted (it is never the reader's own text), the
 * organisation named as a kind in the reader's language, the band chosen and rendered by `previewFor`. Real
 * messages and every preview (templates, notes) go through here, so a preview is exactly what is sent.
 */
export function composeMessage(
  target: { stage: FeedbackStage; level: DisclosureLevel; language: Language },
  input: MessageInput,
  templates: MessageTemplates,
): MessagePreview {
  return previewFor(
    { level: target.level, language: target.language },
    target.stage,
    {
      trackingCode: input.trackingCode,
      noteText: input.noteText === undefined ? undefined : redact(input.noteText).text,
      organisationKind: input.organisation ? organisationKindFor(input.organisation, target.language) : undefined,
    },
    templates,
  );
}

/** Every reporter of a case hears about a case occasion, each at their own level; none learns of the others. */
export function planForCase(
  occasion: Occasion,
  reporters: readonly ReporterFacts[],
  kase: CaseFacts | null,
  policy: DisclosurePolicy,
): PlannedMessage[] {
  return reporters.flatMap((reporter) => planMessage(occasion, reporter, kase, policy) ?? []);
}
