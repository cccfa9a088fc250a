import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_STATUSES, PRIORITIES, type CaseStatus, type Priority } from '@loket/contracts';
import { offeredTransitionsFrom } from './change-status/offered-transitions';
import type { CaseRecord } from './persistence/case.entity';
import { ReferralResponse } from './referral/referral.response';

export class CaseCategoryResponse {
  @ApiProperty({ example: 'afval' })
  main!: string;

  @ApiProperty({ example: 'grofvuil', nullable: true, type: String })
  sub!: string | null;

  @ApiProperty({
    example: 1,
    description: '1 public space, 2 nuisance, 3 safety, 4 about a person or serious crime',
  })
  sensitivity!: number;
}

export class CaseSlaResponse {
  @ApiProperty({ example: 5 })
  amount!: number;

  @ApiProperty({ enum: ['hours', 'days'] })
  unit!: 'hours' | 'days';

  @ApiProperty({ enum: ['working', 'calendar'] })
  calendar!: 'working' | 'calendar';

  @ApiProperty({
    format: 'date-time',
    description:
      "The effective due date: on the organisation's working calendar for a working SLA, moved on by every time the case waited",
  })
  dueAt!: string;

  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Since when the SLA clock stands still (waiting)' })
  pausedAt!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the SLA watch warned that the due date nears' })
  warnedAt!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the breach was escalated to the coordinators' })
  escalatedAt!: string | null;
}

/** A case as a queue shows it. No report content, no reporter. */
export class CaseSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'municipality' })
  organisation!: string;

  @ApiProperty({ example: 'stadsbeheer' })
  team!: string;

  @ApiProperty({ enum: CASE_STATUSES })
  status!: CaseStatus;

  @ApiProperty({ example: 3, description: 'Send it back as expectedVersion when you change the case' })
  version!: number;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Keycloak subject of the professional who has the case',
  })
  assignee!: string | null;

  @ApiProperty({ enum: PRIORITIES })
  priority!: Priority;

  @ApiProperty({ type: CaseCategoryResponse })
  category!: CaseCategoryResponse;

  @ApiProperty({ type: CaseSlaResponse })
  sla!: CaseSlaResponse;

  @ApiProperty({ nullable: true, type: String, example: null })
  resolutionCode!: string | null;

  @ApiProperty({ format: 'date-time' })
  openedAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  closedAt!: string | null;

  @ApiProperty({
    type: [String],
    example: ['assign', 'wait'],
    description: 'Transitions you may ask for now',
  })
  allowedTransitions!: string[];

  @ApiPropertyOptional({
    type: ReferralResponse,
    nullable: true,
    description: 'The latest referral of the case, when it was referred: by whom and why',
  })
  referral?: ReferralResponse | null;
}

export function toCaseSummary(record: CaseRecord): CaseSummaryResponse {
  return {
    id: record.id,
    organisation: record.organisation,
    team: record.team,
    status: record.status,
    version: record.version,
    assignee: record.assignee,
    priority: record.priority,
    category: { main: record.categoryMain, sub: record.categorySub, sensitivity: record.sensitivity },
    sla: {
      amount: record.sla.amount,
      unit: record.sla.unit,
      calendar: record.sla.calendar,
      dueAt: record.dueAt.toISOString(),
      pausedAt: record.slaPausedAt?.toISOString() ?? null,
      warnedAt: record.slaWarnedAt?.toISOString() ?? null,
      escalatedAt: record.slaEscalatedAt?.toISOString() ?? null,
    },
    resolutionCode: record.resolutionCode,
    openedAt: record.openedAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    closedAt: record.closedAt ? record.closedAt.toISOString() : null,
    allowedTransitions: offeredTransitionsFrom(record.status),
  };
}
