import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ReporterQuestionStatus = 'open' | 'answered' | 'expired';

/**
 * A question a professional asked the reporters of a case, and whether the case waits for it: `waitsAtVersion` is
 * the case's version right after it went waiting for the answer (null when it did not wait, or once it went on).
 * The case goes on by itself only while it is still at that version: a person who moved it since has decided.
 */
@Entity({ name: 'reporter_questions' })
@Index('idx_reporter_questions_case', ['caseId'])
@Index('idx_reporter_questions_waiting', ['answerBy'], { where: `"waits_at_version" IS NOT NULL` })
export class ReporterQuestionRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid', primaryKeyConstraintName: 'PK_reporter_questions' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'organisation', type: 'varchar', length: 64 })
  organisation!: string;

  @Column({ name: 'text', type: 'text' })
  text!: string;

  @Column({ name: 'asked_by_subject', type: 'varchar', length: 100 })
  askedBySubject!: string;

  @Column({ name: 'asked_by_username', type: 'varchar', length: 200, nullable: true })
  askedByUsername!: string | null;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt!: Date;

  @Column({ name: 'answer_by', type: 'timestamptz' })
  answerBy!: Date;

  @Column({ name: 'status', type: 'varchar', length: 10 })
  status!: ReporterQuestionStatus;

  @Column({ name: 'waits_at_version', type: 'integer', nullable: true })
  waitsAtVersion!: number | null;
}

/** A reporter's answer to a question: one per reporter (report) and question; the text without contact details. */
@Entity({ name: 'reporter_answers' })
export class ReporterAnswerRecord {
  @PrimaryColumn({ name: 'question_id', type: 'uuid', primaryKeyConstraintName: 'pk_reporter_answers' })
  questionId!: string;

  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'pk_reporter_answers' })
  reportId!: string;

  @Column({ name: 'text', type: 'text' })
  text!: string;

  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt!: Date;
}
