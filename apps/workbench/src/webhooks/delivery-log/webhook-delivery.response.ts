import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { WebhookDeliveryAttemptRecord } from '../persistence/webhook-delivery-attempt.entity';
import type { WebhookDeliveryRecord } from '../persistence/webhook-delivery.entity';

export class WebhookAttemptResponse {
  @ApiProperty({ example: 1 })
  attempt!: number;

  @ApiProperty({ format: 'date-time' })
  attemptedAt!: string;

  @ApiPropertyOptional({ nullable: true, example: 503, description: "The receiver's HTTP status; null when it did not answer" })
  statusCode!: number | null;

  @ApiPropertyOptional({ nullable: true, example: 'HTTP 503' })
  error!: string | null;

  @ApiProperty()
  durationMs!: number;
}

/** One event for the subscription: how its delivery went. Never the payload, never the secret. */
export class WebhookDeliveryResponse {
  @ApiProperty({ format: 'uuid', description: 'The delivery (internal)' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The Loket event id: the CloudEvent id and the webhook-id header' })
  eventId!: string;

  @ApiProperty({ example: 'case.status-changed' })
  channel!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ enum: ['pending', 'delivered', 'failed'] })
  status!: 'pending' | 'delivered' | 'failed';

  @ApiProperty()
  attempts!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, description: 'While pending: when it is tried next' })
  nextAttemptAt!: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true })
  deliveredAt!: string | null;

  @ApiPropertyOptional({ nullable: true })
  lastError!: string | null;

  @ApiProperty({ type: [WebhookAttemptResponse] })
  attemptLog!: WebhookAttemptResponse[];
}

export class WebhookDeliveryLogResponse {
  @ApiProperty({ type: [WebhookDeliveryResponse], description: 'Newest first, at most 200' })
  items!: WebhookDeliveryResponse[];
}

export function toWebhookDeliveryResponse(delivery: WebhookDeliveryRecord, attempts: WebhookDeliveryAttemptRecord[]): WebhookDeliveryResponse {
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    channel: delivery.eventType,
    caseId: delivery.caseId,
    status: delivery.status,
    attempts: delivery.attempts,
    createdAt: delivery.createdAt.toISOString(),
    nextAttemptAt: delivery.status === 'pending' ? (delivery.nextAttemptAt?.toISOString() ?? null) : null,
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    lastError: delivery.lastError,
    attemptLog: attempts.map((a) => ({
      attempt: a.attempt,
      attemptedAt: a.attemptedAt.toISOString(),
      statusCode: a.statusCode,
      error: a.error,
      durationMs: a.durationMs,
    })),
  };
}
