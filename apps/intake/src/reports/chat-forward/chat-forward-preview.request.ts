import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_CHAT_EXPORT_LENGTH } from '../submit-report/submit-report.request';

export class ChatForwardPreviewRequest {
  @ApiProperty({ example: '[05-12-26 21:03] Jan de Vries: Er ligt weer een bank bij de glasbak', maxLength: MAX_CHAT_EXPORT_LENGTH })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_CHAT_EXPORT_LENGTH)
  chatExport!: string;
}

/** What a report made of this paste would hold, and nothing of the paste itself. */
export class ChatForwardPreview {
  @ApiProperty({ example: 'Er ligt weer een bank bij de glasbak', description: "The report's text: members' names replaced, numbers removed" })
  description!: string;

  @ApiProperty({ format: 'date-time', description: 'The first message time, read in Loket\'s time zone: the observed time' })
  observedAt!: string;

  @ApiProperty({ example: 1, description: 'Messages kept (placeholders, deleted messages and group events are left out)' })
  messages!: number;

  @ApiProperty({ example: 1, description: 'Group members whose names were replaced by "groepslid 1", "groepslid 2", …' })
  members!: number;
}
