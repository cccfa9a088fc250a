import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEAD_LETTER_STATUSES, DeadLetterRecord, DeadLetterStatus } from '../dead-letter.entity';
import { envelopeOf } from '../parked-dead-letter';

export class DeadLetterResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The original topic' }) topic!: string;
  @ApiProperty() partition!: number;
  @ApiProperty() offset!: string;
  @ApiPropertyOptional({ nullable: true }) key!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The event id, when the value is an envelope' }) eventId!: string | null;
  @ApiPropertyOptional({ nullable: true }) eventType!: string | null;
  @ApiProperty({ description: 'The message value exactly as it arrived' }) value!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty() consumerGroup!: string;
  @ApiProperty({ format: 'date-time' }) failedAt!: string;
  @ApiProperty({ enum: DEAD_LETTER_STATUSES }) status!: DeadLetterStatus;
  @ApiPropertyOptional({ nullable: true }) resolvedBy!: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'date-time' }) resolvedAt!: string | null;
  @ApiPropertyOptional({ nullable: true }) resolutionReason!: string | null;
}

export class DeadLetterPageResponse {
  @ApiProperty({ type: [DeadLetterResponse], description: 'Oldest first (id ascending)' })
  items!: DeadLetterResponse[];

  @ApiPropertyOptional({ nullable: true, description: 'Pass as `after` for the next page; null on the last page' })
  nextAfter!: string | null;
}

export function toDeadLetterResponse(row: DeadLetterRecord): DeadLetterResponse {
  const envelope = envelopeOf(row.value);
  return {
    id: row.id,
    topic: row.topic,
    partition: row.partition,
    offset: row.offset,
    key: row.messageKey,
    eventId: envelope?.id ?? null,
    eventType: envelope?.type ?? null,
    value: row.value,
    reason: row.reason,
    attempts: row.attempts,
    consumerGroup: row.consumerGroup,
    failedAt: row.failedAt.toISOString(),
    status: row.status,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolutionReason: row.resolutionReason,
  };
}
