import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CaseStatus, Priority } from '@loket/contracts';

/** The classifier's suggestion routing chose the category by (or found too uncertain), from case-opened. */
export interface CaseCategorySuggestion {
  main: string;
  sub: string | null;
  confidence: number;
  used: boolean;
}

/** Why a case went to the coordinators' triage queue when it opened (see triage/triage-reasons.ts). */
export type OpeningTriageReason = 'routed-by-fallback' | 'low-confidence-category' | 'possibly-related';

export interface CaseSla {
  amount: number;
  unit: 'hours' | 'days';
  calendar: 'working' | 'calendar';
}

/**
 * A case as the workbench works it. `version` is the optimistic-concurrency counter: every change is an
 * `UPDATE … WHERE version = <expected>`. The queue indexes serve `WHERE organisation = ? [AND status|team = ?]
 * ORDER BY opened_at DESC, id DESC` (PostgreSQL scans them backwards), and the coordinators' and "my cases"
 * views.
 */
@Entity({ name: 'cases' })
@Index('idx_cases_organisation_opened', ['organisation', 'openedAt', 'id'])
@Index('idx_cases_organisation_status_opened', ['organisation', 'status', 'openedAt', 'id'])
@Index('idx_cases_organisation_team_opened', ['organisation', 'team', 'openedAt', 'id'])
@Index('idx_cases_assignee_opened', ['assignee', 'openedAt', 'id'])
@Index('idx_cases_status_opened', ['status', 'openedAt', 'id'])
@Index('idx_cases_sla_warn_pending', ['slaWarnAt'], { where: `sla_warned_at IS NULL AND status NOT IN ('resolved', 'closed', 'waiting')` })
@Index('idx_cases_sla_breach_pending', ['dueAt'], { where: `sla_escalated_at IS NULL AND status NOT IN ('resolved', 'closed', 'waiting')` })
@Index('idx_cases_sla_escalated_opened', ['openedAt', 'id'], { where: 'sla_escalated_at IS NOT NULL' })
// Queues sorted by due date: a team's (the benchmark's shape: team, status and priority) and an organisation's.
@Index('idx_cases_org_team_status_priority_due', ['organisation', 'team', 'status', 'priority', 'dueAt', 'id'])
@Index('idx_cases_org_status_due', ['organisation', 'status', 'dueAt', 'id'])
@Index('idx_cases_org_team_due', ['organisation', 'team', 'dueAt', 'id'])
@Index('idx_cases_org_due', ['organisation', 'dueAt', 'id'])
// SLA status: cases whose clock runs (at risk, breached), per organisation and for coordinators.
@Index('idx_cases_org_running_due', ['organisation', 'dueAt', 'id'], {
  where: `status NOT IN ('resolved', 'closed', 'waiting')`,
})
@Index('idx_cases_running_due', ['dueAt', 'id'], { where: `status NOT IN ('resolved', 'closed', 'waiting')` })
// The coordinators' triage queue: cases that opened with a reason for triage and nobody picked up yet, and
// cases with a pending reopen request.
@Index('idx_cases_triage_on_open', ['openedAt', 'id'], { where: `status = 'new' AND triage_reasons <> '{}'` })
@Index('idx_cases_reopen_requested', ['openedAt', 'id'], { where: 'reopen_requested_at IS NOT NULL' })
@Index('idx_cases_org_priority_opened', ['organisation', 'priority', 'openedAt', 'id'])
@Index('idx_cases_org_category_opened', ['organisation', 'categoryMain', 'categorySub', 'openedAt', 'id'])
// The change signal (cases/watch-changes): what changed lately, per organisation and for coordinators.
@Index('idx_cases_organisation_changed', ['organisation', 'changedAt'])
@Index('idx_cases_changed', ['changedAt'])
export class CaseRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid', primaryKeyConstraintName: 'pk_cases' })
  id!: string;

  @Column({ name: 'organisation', type: 'varchar', length: 64 })
  organisation!: string;

  @Column({ name: 'team', type: 'varchar', length: 64 })
  team!: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status!: CaseStatus;

  @Column({ name: 'version', type: 'integer' })
  version!: number;

  /** The Keycloak subject of the professional who has the case, if any. */
  @Column({ name: 'assignee', type: 'varchar', length: 100, nullable: true })
  assignee!: string | null;

  @Column({ name: 'priority', type: 'varchar', length: 16 })
  priority!: Priority;

  @Column({ name: 'category_main', type: 'varchar', length: 64 })
  categoryMain!: string;

  @Column({ name: 'category_sub', type: 'varchar', length: 64, nullable: true })
  categorySub!: string | null;

  /** 1 public space, 2 nuisance, 3 safety, 4 about a person or serious crime. */
  @Column({ name: 'sensitivity', type: 'smallint' })
  sensitivity!: number;

  @Column({ name: 'sla', type: 'jsonb' })
  sla!: CaseSla;

  /** The effective due date: moved on by every pause (waiting) of the SLA clock. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  /** When the SLA watch warns that the case nears its due date (the configured lead before `due_at`). */
  @Column({ name: 'sla_warn_at', type: 'timestamptz', nullable: true })
  slaWarnAt!: Date | null;

  /** Since when the SLA clock stands still (the case is waiting); null while it runs. */
  @Column({ name: 'sla_paused_at', type: 'timestamptz', nullable: true })
  slaPausedAt!: Date | null;

  @Column({ name: 'sla_warned_at', type: 'timestamptz', nullable: true })
  slaWarnedAt!: Date | null;

  /** When the SLA watch escalated the breached case to the coordinators; the triage queue finds it by this. */
  @Column({ name: 'sla_escalated_at', type: 'timestamptz', nullable: true })
  slaEscalatedAt!: Date | null;

  @Column({ name: 'resolution_code', type: 'varchar', length: 64, nullable: true })
  resolutionCode!: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'routing_policy_id', type: 'varchar', length: 100 })
  routingPolicyId!: string;

  @Column({ name: 'routing_policy_version', type: 'integer' })
  routingPolicyVersion!: number;

  @Column({ name: 'routing_rule_id', type: 'varchar', length: 100, nullable: true })
  routingRuleId!: string | null;

  @Column({ name: 'routing_explanation', type: 'text' })
  routingExplanation!: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /**
   * When the row last changed, by the database's clock: set on insert and by a trigger on every UPDATE
   * (migration CaseChangeSignal), never by the application, so no change path can forget it.
   */
  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'clock_timestamp()', insert: false, update: false, select: false })
  changedAt?: Date;

  /** Why the case went to triage when it opened; it stays in the triage queue while it is `new`. */
  @Column({ name: 'triage_reasons', type: 'text', array: true, default: () => "'{}'" })
  triageReasons?: OpeningTriageReason[];

  @Column({ name: 'category_suggestion', type: 'jsonb', nullable: true })
  categorySuggestion?: CaseCategorySuggestion | null;

  /** Open cases routing thought may concern the same incident (for a coordinator to link or dismiss). */
  @Column({ name: 'possibly_related_case_ids', type: 'uuid', array: true, default: () => "'{}'" })
  possiblyRelatedCaseIds?: string[];

  /** When the oldest pending reopen request of a reporter arrived; null when none is pending. */
  @Column({ name: 'reopen_requested_at', type: 'timestamptz', nullable: true })
  reopenRequestedAt?: Date | null;
}
