import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsInt, IsOptional, Min } from 'class-validator';

/** `PUT /api/v1/admin/ready-made-replies`: the whole library, as it should be from now on. */
export class PublishReplyLibraryRequest {
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    example: [
      {
        id: 'grofvuil-opgehaald',
        category: { main: 'afval', sub: 'grofvuil' },
        title: { nl: 'Grofvuil opgehaald', en: 'Bulky waste collected' },
        text: { nl: 'Het grofvuil is opgehaald. Dank voor uw melding!', en: 'The bulky waste was collected. Thank you for reporting it!' },
      },
    ],
    description:
      'Each reply: id (optional; letters, digits, - and _; a new one is given when left out), category { main, sub? } (routing\'s codes; without sub it fits every sub category), title { nl, en } (≤ 120), text { nl, en } (≤ 4000). At most 500.',
  })
  @IsArray()
  replies!: unknown[];

  @ApiPropertyOptional({ description: 'The version you edited (0 when none was saved yet); a 409 when another was saved since' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;
}
