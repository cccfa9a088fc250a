import { ApiProperty } from '@nestjs/swagger';
import { ReportLocation } from '../../reports/submit-report/submit-report.request';

/** The place of a mail report that waited for it: a pin, as the web form sends it. */
export class CompleteMailReportRequest extends ReportLocation {}

export class MailReportAwaitingLocationResponse {
  @ApiProperty({ example: 'Kapotte lantaarnpaal\n\nHij brandt al een week niet.', description: 'The report as read from the mail' })
  description!: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ format: 'date-time', description: 'After this the report is forgotten' })
  expiresAt!: string;

  @ApiProperty({ example: 1, description: 'How many photos came with the mail' })
  photos!: number;
}

export class CompletedMailReportResponse {
  @ApiProperty({ format: 'uuid' })
  reportId!: string;
}
