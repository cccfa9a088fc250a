import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class AnswerQuestionRequest {
  @ApiProperty({ example: 'De ingang aan de Lindenlaan, naast de fietsenstalling', maxLength: 2000, description: 'Contact details in it are removed before it reaches the case' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  text!: string;
}

export class AnswerReceivedResponse {
  @ApiProperty({ format: 'date-time' })
  answeredAt!: string;
}
