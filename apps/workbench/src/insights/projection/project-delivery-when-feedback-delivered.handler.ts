import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FeedbackDeliveredV1 } from '@loket/contracts';
import { LOOP_CLOSING_STAGES } from '@loket/insights';
import { InsightStore } from './insight-store';

/**
 * A reporter was told something: a message at a loop-closing stage (resolved, closed) counts towards the loop
 * closure of that reporter's case; other stages are not kept. A message without a case id counts for the case
 * its report is in, when the projection knows the report.
 */
@Injectable()
export class ProjectDeliveryWhenFeedbackDelivered {
  constructor(private readonly store: InsightStore) {}

  async handle(event: FeedbackDeliveredV1, tx: EntityManager): Promise<void> {
    if (!LOOP_CLOSING_STAGES.includes(event.stage)) return;
    const caseId = event.caseId ?? (await this.store.caseOfReport(tx, event.reportId));
    if (!caseId) return;
    await this.store.addDelivery(tx, {
      messageId: event.messageId,
      caseId,
      reporterRef: event.reporterRef,
      stage: event.stage,
      deliveredAt: new Date(event.deliveredAt),
    });
  }
}
