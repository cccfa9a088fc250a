import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FeedbackSatisfactionRecordedV1 } from '@loket/contracts';
import { InsightStore } from './insight-store';

/** A reporter said whether they are satisfied: insights keep their latest answer per case. */
@Injectable()
export class ProjectAnswerWhenSatisfactionRecorded {
  constructor(private readonly store: InsightStore) {}

  async handle(event: FeedbackSatisfactionRecordedV1, tx: EntityManager): Promise<void> {
    await this.store.recordAnswer(tx, {
      caseId: event.caseId,
      reporterRef: event.reporterRef,
      satisfied: event.satisfied,
      recordedAt: new Date(event.recordedAt),
    });
  }
}
