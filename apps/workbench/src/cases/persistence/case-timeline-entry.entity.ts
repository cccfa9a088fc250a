import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseRecord } from './case.entity';

export const TIMELINE_KINDS = [
  'case-opened', 'report-linked', 'status-changed', 'note-added', 'report-unlinked', 'cases-merged', 'merged-into',
  'sla-warning', 'sla-escalated', 'handed-over', 'reopen-requested', 'reopen-request-declined', 'reporter-question-asked',
  'reporter-answered',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** Flat facts about an entry, e.g. `{ transition: 'start', from: 'assigned', to: 'in_progress' }`. */
export type TimelineDetails = Record<string, string | number | boolean | null>;

/**
 * What happened to a case, who did it (null: the system, e.g. routing opening it) and when; `sequence` keeps
 * the order entries were written in. An entry about something only one organisation may see (an internal
 * note) names that organisation in `visible_to_organisation`; entries without it are part of the case file
 * for everyone who sees the case.
 */
@Entity({ name: 'case_timeline' })
@Index('idx_case_timeline_case_sequence', ['caseId', 'sequence'])
export class CaseTimelineEntryRecord {
  @PrimaryGeneratedColumn({ name: 'sequence', type: 'bigint', primaryKeyConstraintName: 'pk_case_timeline' })
  sequence!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_timeline_case' })
  case?: CaseRecord;

  @Column({ name: 'kind', type: 'varchar', length: 40 })
  kind!: TimelineKind;

  @Column({ name: 'details', type: 'jsonb' })
  details!: TimelineDetails;

  @Column({ name: 'actor_subject', type: 'varchar', length: 100, nullable: true })
  actorSubject!: string | null;

  @Column({ name: 'actor_username', type: 'varchar', length: 200, nullable: true })
  actorUsername!: string | null;

  @Column({ name: 'actor_organisation', type: 'varchar', length: 64, nullable: true })
  actorOrganisation!: string | null;

  @Column({ name: 'visible_to_organisation', type: 'varchar', length: 64, nullable: true })
  visibleToOrganisation!: string | null;

  /** The case's version after this entry, when the entry changed the case. */
  @Column({ name: 'case_version', type: 'integer', nullable: true })
  caseVersion!: number | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
