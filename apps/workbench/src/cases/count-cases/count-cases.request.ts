import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ListCasesQuery } from '../list-cases/list-cases.request';

/** Counted at most this far: beyond it a queue says "1,000+" (a count stays fast in a queue of 100,000). */
export const COUNT_CAP = 1000;

/** The query string of `GET /api/v1/cases/counts`: the queue listing's filters (the queue, sort and page aside). */
export class CountCasesQuery extends OmitType(ListCasesQuery, ['queue', 'assignee', 'sort', 'limit', 'cursor'] as const) {}

export class QueueCountResponse {
  @ApiProperty({ example: 37, description: `Cases in the queue, counted up to ${COUNT_CAP}` })
  count!: number;

  @ApiProperty({ description: `True when the queue holds more than ${COUNT_CAP} cases (show "${COUNT_CAP}+")` })
  more!: boolean;
}

export class CaseCountsResponse {
  @ApiProperty({ type: QueueCountResponse, description: 'Assigned to you' })
  mine!: QueueCountResponse;

  @ApiProperty({ type: QueueCountResponse, nullable: true, description: "Your teams' cases; null when your token names no team" })
  team!: QueueCountResponse | null;

  @ApiProperty({ type: QueueCountResponse, description: 'Everything you may see' })
  organisation!: QueueCountResponse;

  @ApiProperty({ example: COUNT_CAP })
  cap!: number;
}
