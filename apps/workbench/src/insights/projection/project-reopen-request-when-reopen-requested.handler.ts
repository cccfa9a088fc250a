import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FeedbackReopenRequestedV1 } from '@loket/contracts';
import { InsightStore } from './insight-store';

/** A reporter asked to reopen their closed case: insights count it (without the remark). */
@Injectable()
export class ProjectReopenRequestWhenReopenRequested {
  constructor(private readonly store: InsightStore) {}

  async handle(event: FeedbackReopenRequestedV1, tx: EntityManager): Promise<void> {
    await this.store.addReopenRequest(tx, {
      requestId: event.requestId,
      caseId: event.caseId,
      reporterRef: event.reporterRef,
      requestedAt: new Date(event.requestedAt),
    });
  }
}
