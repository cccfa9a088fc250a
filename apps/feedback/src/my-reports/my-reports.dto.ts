import { ApiProperty } from '@nestjs/swagger';
import { FEEDBACK_STAGES, FeedbackStage } from '@loket/disclosure-policy';

export class MyReportView {
  @ApiProperty({ format: 'uuid' })
  reportId!: string;

  @ApiProperty({ example: 'HC9F', description: 'The last group of the tracking code, so the person can tell their reports apart' })
  trackingCodeHint!: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ enum: FEEDBACK_STAGES, description: 'The latest stage this reporter may know of (as on the tracking page)' })
  stage!: FeedbackStage;

  @ApiProperty({ format: 'date-time', description: 'When that stage was reached' })
  stageAt!: string;

  @ApiProperty({ description: 'How many messages the tracking page shows for it' })
  messageCount!: number;
}

export class MyReportsResponse {
  @ApiProperty({ type: [MyReportView], description: 'Newest first, at most 50' })
  reports!: MyReportView[];
}
