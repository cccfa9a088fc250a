import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import { DeadLetterAudit, DeadLetterResolution } from '@loket/messaging';
import { AuditTrail } from '../audit/audit-trail';

/** An administrator's replay or discard of a dead letter goes into the workbench's chained audit log. */
@Injectable()
export class DeadLetterResolutionsInAuditLog extends DeadLetterAudit {
  constructor(private readonly trail: AuditTrail) {
    super();
  }

  async record(tx: EntityManager, actor: Principal, resolution: DeadLetterResolution): Promise<void> {
    // the reason is free text: it stays in the dead letter's own row, never in the log (AuditTrail drops it)
    this.trail.record(
      tx,
      {
        action: resolution.action,
        caseId: null,
        details: { deadLetterId: resolution.deadLetterId, topic: resolution.topic, eventId: resolution.eventId },
      },
      actor,
    );
  }
}
