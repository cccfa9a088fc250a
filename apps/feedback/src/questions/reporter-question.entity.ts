import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A question a professional asked the reporters of a case, kept (its text encrypted: free text) so that each
 * reporter of the case can see and answer it on their tracking page or through their link until `answerBy`.
 */
@Entity({ name: 'reporter_questions' })
@Index('idx_reporter_questions_case', ['caseId', 'askedAt'])
export class ReporterQuestionRecord {
  @PrimaryColumn({ name: 'question_id', type: 'uuid', primaryKeyConstraintName: 'PK_reporter_questions' })
  questionId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'organisation', type: 'varchar', length: 64 })
  organisation!: string;

  @Column({ name: 'text', type: 'text' })
  text!: string;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt!: Date;

  @Column({ name: 'answer_by', type: 'timestamptz' })
  answerBy!: Date;

  /** The `case.reporter-question-asked` event: the trigger of the question's e-mails. */
  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;
}

/** That a reporter (by report) answered a question, and when. The answer itself went to the workbench, not kept here. */
@Entity({ name: 'reporter_question_answers' })
export class ReporterQuestionAnswerRecord {
  @PrimaryColumn({ name: 'question_id', type: 'uuid', primaryKeyConstraintName: 'PK_reporter_question_answers' })
  questionId!: string;

  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'PK_reporter_question_answers' })
  reportId!: string;

  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt!: Date;
}
