import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import { DeadLetterAudit, DeadLetterResolution } from '@loket/messaging';
import { AdminAudit } from '../audit/admin-audit';

/** An administrator's replay or discard of a dead letter goes into routing's admin audit, like any admin change. */
@Injectable()
export class DeadLetterResolutionsInAdminAudit extends DeadLetterAudit {
  constructor(private readonly audit: AdminAudit) {
    super();
  }

  async record(tx: EntityManager, actor: Principal, resolution: DeadLetterResolution): Promise<void> {
    await this.audit.record(tx, actor, {
      action: resolution.action,
      subjectType: 'dead-letter',
      subjectId: resolution.deadLetterId,
      before: { status: 'parked' },
      after: {
        status: resolution.action === 'dead-letter.replayed' ? 'replayed' : 'discarded',
        topic: resolution.topic,
        eventId: resolution.eventId,
        reason: resolution.reason,
      },
    });
  }
}
