import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `POST /api/v1/cases/:id/questions`: ask the reporters of the case something. */
export class AskReporterRequest {
  @ApiProperty({ example: 'Welke ingang bedoelt u: die aan de Lindenlaan of die aan het plein?', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  text!: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 30,
    default: 5,
    description: 'How many days the case waits for an answer (SLA paused); 0: ask without waiting. After it the case goes on by itself',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  waitDays?: number;

  @ApiProperty({ example: 3, description: 'The case version you saw; a 409 when the case changed since' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

export class ReporterAnswerResponse {
  @ApiProperty({ format: 'uuid', description: 'The report whose reporter answered' })
  reportId!: string;

  @ApiProperty({ description: 'Their words, contact details removed' })
  text!: string;

  @ApiProperty({ format: 'date-time' })
  answeredAt!: string;
}

export class ReporterQuestionResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty({ format: 'date-time' })
  askedAt!: string;

  @ApiProperty({ nullable: true })
  askedBy!: string | null;

  @ApiProperty({ format: 'date-time', description: 'After this the case goes on without an answer' })
  answerBy!: string;

  @ApiProperty({ enum: ['open', 'answered', 'expired'] })
  status!: string;

  @ApiProperty({ description: 'Whether the case is waiting for this answer now' })
  caseWaits!: boolean;

  @ApiProperty({ type: [ReporterAnswerResponse] })
  answers!: ReporterAnswerResponse[];
}
