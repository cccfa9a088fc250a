import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { WEBHOOK_CHANNELS, WEBHOOK_FIELDS, type WebhookChannel, type WebhookField } from '@loket/webhooks';

const CODE = /^[a-z0-9-]{1,64}$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `POST /api/v1/admin/webhook-subscriptions`: another system subscribes to case events. */
export class CreateWebhookSubscriptionRequest {
  @ApiProperty({ example: 'Zaaksysteem', maxLength: 100, description: 'For the administrators: whose system this is' })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  @Matches(/^[^\p{Cc}]+$/u, { message: 'name must not hold control characters' })
  name!: string;

  @ApiProperty({
    example: 'https://zaken.example.nl/hooks/loket',
    maxLength: 2000,
    description: 'Where the webhooks are posted: https (in development also http to localhost)',
  })
  @IsString()
  @Length(1, 2000)
  targetUrl!: string;

  @ApiProperty({ enum: WEBHOOK_CHANNELS, isArray: true, description: 'The case events to receive' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(WEBHOOK_CHANNELS, { each: true })
  channels!: WebhookChannel[];

  @ApiPropertyOptional({ type: [String], example: ['afval'], description: 'Only cases of these main categories (none: all)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(CODE, { each: true, message: 'each category must be a category code' })
  categories?: string[];

  @ApiPropertyOptional({ type: [String], example: ['municipality'], description: 'Only cases held by these organisations (none: all)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(CODE, { each: true, message: 'each organisation must be an organisation code' })
  organisations?: string[];

  @ApiPropertyOptional({
    enum: WEBHOOK_FIELDS,
    isArray: true,
    description:
      'What the events may carry besides the case id (and a status change\'s states): organisation, category, ' +
      'description (always redacted), location (a ~100 m grid cell). None: only the case id.',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(WEBHOOK_FIELDS, { each: true })
  fields?: WebhookField[];
}
