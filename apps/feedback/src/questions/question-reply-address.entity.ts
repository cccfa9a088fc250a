import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The reply address of one question e-mail to one reporter (`antwoord+<token>@…`): the token only as a keyed hash,
 * the question and the report it answers for, until the question closes.
 */
@Entity({ name: 'question_reply_addresses' })
export class QuestionReplyAddressRecord {
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64, primaryKeyConstraintName: 'PK_question_reply_addresses' })
  tokenHash!: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
