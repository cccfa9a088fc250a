import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseStatusChangedV1 } from '@loket/contracts';
import { InsightStore } from './insight-store';

/**
 * A case changed state: insights keep the first pickup (the first move to `assigned` or `in_progress`), the
 * first resolution and the first closing. Other moves (waiting, referral, reopening) change no milestone.
 */
@Injectable()
export class ProjectMilestoneWhenStatusChanged {
  constructor(private readonly store: InsightStore) {}

  async handle(event: CaseStatusChangedV1, tx: EntityManager): Promise<void> {
    const at = new Date(event.changedAt);
    const pickedUp = event.to === 'assigned' || event.to === 'in_progress';
    if (!pickedUp && event.to !== 'resolved' && event.to !== 'closed') return;
    await this.store.reachMilestones(tx, event.caseId, {
      pickedUpAt: pickedUp ? at : null,
      resolvedAt: event.to === 'resolved' ? at : null,
      closedAt: event.to === 'closed' ? at : null,
    });
  }
}
