import { ApiProperty } from '@nestjs/swagger';
import type { AuditEntry } from '@loket/audit-chain';

export class AuditActorResponse {
  @ApiProperty({ enum: ['user', 'system'], description: '`system`: the workbench reacting to an event' })
  kind!: 'user' | 'system';

  @ApiProperty({ nullable: true, type: String, description: 'Keycloak subject' })
  subject!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'gemeente.stadsbeheer' })
  username!: string | null;

  @ApiProperty({ type: [String], example: ['professional'] })
  roles!: string[];

  @ApiProperty({ nullable: true, type: String, example: 'municipality' })
  organisation!: string | null;
}

/** One audit log entry with its place in the hash chain. No case content: identifiers and codes only. */
export class AuditEntryResponse {
  @ApiProperty({ example: 42, description: 'Position in the chain, from 1, without gaps' })
  sequence!: number;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ type: AuditActorResponse })
  actor!: AuditActorResponse;

  @ApiProperty({
    example: 'case.status-changed',
    description: '`case.read`, `cases.listed`, `case.opened`, `case.status-changed`, `case.note-added`, … and `audit-log.listed`',
  })
  action!: string;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  caseId!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { transition: 'start', from: 'assigned', to: 'in_progress', caseVersion: 3 },
    description: 'Identifiers, codes, numbers and flags; never free text',
  })
  details!: Record<string, unknown>;

  @ApiProperty({ nullable: true, type: String, description: 'The correlation id of the request or event' })
  correlationId!: string | null;

  @ApiProperty({ example: '0'.repeat(64), description: 'SHA-256 (hex) of the entry before; zeros for the first' })
  previousHash!: string;

  @ApiProperty({ description: 'SHA-256 (hex) over previousHash and the canonical serialisation of this entry' })
  hash!: string;
}

export function toAuditEntryResponse(entry: AuditEntry): AuditEntryResponse {
  return {
    sequence: entry.sequence,
    occurredAt: entry.occurredAt.toISOString(),
    actor: { ...entry.actor, roles: [...entry.actor.roles] },
    action: entry.action,
    caseId: entry.caseId,
    details: { ...entry.details },
    correlationId: entry.correlationId,
    previousHash: entry.previousHash,
    hash: entry.hash,
  };
}
