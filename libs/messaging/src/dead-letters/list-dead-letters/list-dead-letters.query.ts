import { Injectable } from '@nestjs/common';
import { DataSource, FindOptionsWhere, MoreThan } from 'typeorm';
import { DeadLetterRecord } from '../dead-letter.entity';
import { DeadLetterPageResponse, toDeadLetterResponse } from './dead-letter.response';
import { DEFAULT_DEAD_LETTER_PAGE_SIZE, ListDeadLettersQuery } from './list-dead-letters.request';

/** The dead letters this service parked, oldest first, a page at a time. */
@Injectable()
export class ListDeadLetters {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListDeadLettersQuery): Promise<DeadLetterPageResponse> {
    const limit = query.limit ?? DEFAULT_DEAD_LETTER_PAGE_SIZE;
    const where: FindOptionsWhere<DeadLetterRecord> = {};
    if (query.topic) where.topic = query.topic;
    if (query.status) where.status = query.status;
    if (query.after) where.id = MoreThan(query.after);
    const rows = await this.dataSource.getRepository(DeadLetterRecord).find({ where, order: { id: 'ASC' }, take: limit });
    return {
      items: rows.map(toDeadLetterResponse),
      nextAfter: rows.length === limit ? rows[rows.length - 1].id : null,
    };
  }
}
