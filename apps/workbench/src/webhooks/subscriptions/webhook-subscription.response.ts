import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WEBHOOK_CHANNELS, WEBHOOK_FIELDS, type WebhookChannel, type WebhookField } from '@loket/webhooks';
import type { WebhookSubscriptionRecord } from '../persistence/webhook-subscription.entity';

export class WebhookFilterResponse {
  @ApiProperty({ type: [String] })
  categories!: string[];

  @ApiProperty({ type: [String] })
  organisations!: string[];
}

/** A subscription as administrators see it: never its secret. */
export class WebhookSubscriptionResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  targetUrl!: string;

  @ApiProperty({ enum: WEBHOOK_CHANNELS, isArray: true })
  channels!: WebhookChannel[];

  @ApiProperty({ type: WebhookFilterResponse })
  filter!: WebhookFilterResponse;

  @ApiProperty({ enum: WEBHOOK_FIELDS, isArray: true })
  fields!: WebhookField[];

  @ApiProperty({ enum: ['active', 'disabled'] })
  status!: 'active' | 'disabled';

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty()
  createdBy!: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true })
  disabledAt!: string | null;
}

/** The answer to a new subscription: the only time its signing secret is shown. */
export class CreatedWebhookSubscriptionResponse extends WebhookSubscriptionResponse {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret (Standard Webhooks). Shown once: keep it now, it cannot be read again.',
  })
  secret!: string;
}

export class WebhookSubscriptionListResponse {
  @ApiProperty({ type: [WebhookSubscriptionResponse] })
  items!: WebhookSubscriptionResponse[];
}

export function toWebhookSubscriptionResponse(record: WebhookSubscriptionRecord): WebhookSubscriptionResponse {
  return {
    id: record.id,
    name: record.name,
    targetUrl: record.targetUrl,
    channels: [...record.channels],
    filter: { categories: [...record.filterCategories], organisations: [...record.filterOrganisations] },
    fields: [...record.fields],
    status: record.status,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdByUsername,
    disabledAt: record.disabledAt?.toISOString() ?? null,
  };
}
