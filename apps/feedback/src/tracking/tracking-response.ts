import { ApiProperty } from '@nestjs/swagger';
import { FEEDBACK_STAGES, FeedbackStage, requiredLevel } from '@loket/disclosure-policy';
import { DisclosurePolicy } from '../messages/disclosure-policy';
import { MessageChannel, MessageStatus } from '../messages/message.entity';
import { CaseFacts, contactLevel, ReporterFacts } from '../messages/plan-message';

export class TrackingStageView {
  @ApiProperty({ enum: FEEDBACK_STAGES, example: 'picked-up' })
  stage!: FeedbackStage;

  @ApiProperty({ format: 'date-time' })
  at!: string;
}

export class TrackingMessageView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: FEEDBACK_STAGES })
  stage!: FeedbackStage;

  @ApiProperty()
  subject!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ format: 'date-time', description: 'When what the message tells happened' })
  at!: string;

  @ApiProperty({ enum: ['email', 'page'], description: 'e-mail, or shown here only (no address or no e-mail wanted)' })
  channel!: MessageChannel;

  @ApiProperty({ enum: ['pending', 'sending', 'sent', 'failed', 'cancelled', 'page'] })
  delivery!: MessageStatus;
}

/** A professional's question to the reporter: open until `answerBy`, or answered by them. */
export class TrackingQuestionView {
  @ApiProperty({ format: 'uuid' })
  questionId!: string;

  @ApiProperty({ description: 'The question, redacted like a note' })
  text!: string;

  @ApiProperty({ format: 'date-time' })
  askedAt!: string;

  @ApiProperty({ format: 'date-time', description: 'Answers are taken until then' })
  answerBy!: string;

  @ApiProperty({ format: 'date-time', nullable: true, description: 'When you answered; null while open' })
  answeredAt!: string | null;
}

/** What the tracking page shows the holder of a tracking code: their report's stages and their own messages. */
export class TrackingResponse {
  @ApiProperty({ format: 'uuid' })
  reportId!: string;

  @ApiProperty({ enum: FEEDBACK_STAGES, description: 'The latest stage this reporter may know of' })
  stage!: FeedbackStage;

  @ApiProperty({ minimum: 0, maximum: 4, description: '0 none, 1 receipt, 2 progress, 3 outcome, 4 trusted' })
  disclosureLevel!: number;

  @ApiProperty({ type: [TrackingStageView], description: 'Oldest first, from the moment the report was received' })
  timeline!: TrackingStageView[];

  @ApiProperty({ type: [TrackingMessageView], description: 'Oldest first' })
  messages!: TrackingMessageView[];

  @ApiProperty({ type: [TrackingQuestionView], description: 'Questions from the professional handling the case, oldest first: open ones to answer, and yours answered' })
  questions!: TrackingQuestionView[];
}

export function questionViewOf(question: { questionId: string; text: string; askedAt: Date; answerBy: Date; answeredAt: Date | null }): TrackingQuestionView {
  return {
    questionId: question.questionId,
    text: question.text,
    askedAt: question.askedAt.toISOString(),
    answerBy: question.answerBy.toISOString(),
    answeredAt: question.answeredAt?.toISOString() ?? null,
  };
}

export interface StageFact {
  stage: string;
  occurredAt: Date;
}

export interface MessageFact {
  id: string;
  stage: string;
  level: number;
  subject: string;
  /** Decrypted. */
  body: string;
  channel: MessageChannel;
  status: MessageStatus;
  occurredAt: Date;
}

/**
 * Shapes the tracking page from what feedback knows, capped by the disclosure level in force now: below
 * level 2 the timeline shows only that the report was received; a message shows only while its stage and
 * the level it was written at are still allowed. The view names no one and holds no contact details: it is
 * built field by field from this reporter's own rows.
 */
export function shapeTracking(
  input: {
    reporter: ReporterFacts;
    kase: CaseFacts | null;
    stages: readonly StageFact[];
    messages: readonly MessageFact[];
    questions?: readonly Parameters<typeof questionViewOf>[0][];
  },
  policy: DisclosurePolicy,
): TrackingResponse {
  const { reporter, kase } = input;
  const level = contactLevel(reporter, kase, policy);
  const allowed = (stage: string) => isStage(stage) && requiredLevel(stage) <= level;
  const since = (at: Date) => at.getTime() >= reporter.receivedAt.getTime();
  const received: TrackingStageView = { stage: 'received', at: reporter.receivedAt.toISOString() };
  const timeline: TrackingStageView[] = [
    received,
    ...[...input.stages]
      .filter((s) => since(s.occurredAt) && s.stage !== 'received' && allowed(s.stage))
      .sort(byTime)
      .map((s) => ({ stage: s.stage as FeedbackStage, at: s.occurredAt.toISOString() })),
  ];
  const messages = [...input.messages]
    .filter((m) => m.level <= level && allowed(m.stage))
    .sort(byTime)
    .map((m) => ({
      id: m.id,
      stage: m.stage as FeedbackStage,
      subject: m.subject,
      body: m.body,
      at: m.occurredAt.toISOString(),
      channel: m.channel,
      delivery: m.status,
    }));
  return {
    reportId: reporter.reportId,
    stage: (timeline[timeline.length - 1] ?? received).stage,
    disclosureLevel: level,
    timeline,
    messages,
    questions: (input.questions ?? []).map(questionViewOf),
  };
}

function isStage(stage: string): stage is FeedbackStage {
  return (FEEDBACK_STAGES as readonly string[]).includes(stage);
}

function byTime(a: { occurredAt: Date }, b: { occurredAt: Date }): number {
  return a.occurredAt.getTime() - b.occurredAt.getTime();
}
