import { ApiProperty } from '@nestjs/swagger';
import { POLICY_KINDS, PolicyKind, PolicyVersionRecord } from './policy-version.entity';
import { PolicyAuditRecord } from './policy-audit.entity';

export class PolicyActorResponse {
  @ApiProperty({ description: "Keycloak subject, or 'system' for the seeded defaults" })
  subject!: string;

  @ApiProperty({ example: 'admin' })
  username!: string;
}

export class PolicyVersionSummaryResponse {
  @ApiProperty({ enum: POLICY_KINDS })
  kind!: PolicyKind;

  @ApiProperty({ example: 2 })
  version!: number;

  @ApiProperty({ description: 'Whether this is the version in force (the newest)' })
  active!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: PolicyActorResponse })
  createdBy!: PolicyActorResponse;
}

export class PolicyVersionResponse extends PolicyVersionSummaryResponse {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'matrix: { "1".."4" (sensitivity): { anonymous, resident, volunteer, professional: level 0–4 } }; templates: { stage: { nl|en: { generic|with-outcome|trusted: { subject, body } } } }',
  })
  content!: unknown;
}

export class PolicyHistoryResponse {
  @ApiProperty({ type: [PolicyVersionSummaryResponse], description: 'Newest first' })
  items!: PolicyVersionSummaryResponse[];
}

export class PolicyAuditEntryResponse {
  @ApiProperty({ enum: POLICY_KINDS })
  kind!: PolicyKind;

  @ApiProperty({ description: 'The version this change made' })
  version!: number;

  @ApiProperty({ enum: ['seeded', 'published'] })
  action!: string;

  @ApiProperty({ type: PolicyActorResponse })
  actor!: PolicyActorResponse;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The content in force before' })
  before!: unknown;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The content saved' })
  after!: unknown;
}

export class PolicyAuditResponse {
  @ApiProperty({ type: [PolicyAuditEntryResponse], description: 'Newest first' })
  items!: PolicyAuditEntryResponse[];
}

type VersionFields = Pick<PolicyVersionRecord, 'kind' | 'version' | 'content' | 'createdBySubject' | 'createdByUsername' | 'createdAt'>;

export function toSummary(record: VersionFields, activeVersion: number): PolicyVersionSummaryResponse {
  return {
    kind: record.kind,
    version: record.version,
    active: record.version === activeVersion,
    createdAt: record.createdAt.toISOString(),
    createdBy: { subject: record.createdBySubject, username: record.createdByUsername },
  };
}

export function toPolicyVersionResponse(record: VersionFields, activeVersion: number): PolicyVersionResponse {
  return { ...toSummary(record, activeVersion), content: record.content };
}

export function toAuditEntry(record: PolicyAuditRecord): PolicyAuditEntryResponse {
  return {
    kind: record.kind,
    version: record.version,
    action: record.action,
    actor: { subject: record.actorSubject, username: record.actorUsername },
    at: record.at.toISOString(),
    before: record.before,
    after: record.after,
  };
}
