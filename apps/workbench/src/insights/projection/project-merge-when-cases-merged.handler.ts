import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseMergedV1 } from '@loket/contracts';
import { InsightStore } from './insight-store';

/**
 * A coordinator merged two cases: from now on the absorbed case's reports count in the surviving case (as
 * reports that joined an existing case) and the absorbed case is not counted as a case. Resolved when the
 * facts are read, so it holds whichever of the case's events arrives first.
 */
@Injectable()
export class ProjectMergeWhenCasesMerged {
  constructor(private readonly store: InsightStore) {}

  async handle(event: CaseMergedV1, tx: EntityManager): Promise<void> {
    await this.store.addMerge(tx, {
      absorbedCaseId: event.absorbedCaseId,
      survivingCaseId: event.survivingCaseId,
      mergedAt: new Date(event.mergedAt),
    });
  }
}
