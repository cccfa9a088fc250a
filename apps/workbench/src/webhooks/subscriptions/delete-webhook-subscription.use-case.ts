import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AuditTrail } from '../../audit/audit-trail';
import { WebhookSubscriptions } from '../persistence/webhook-subscriptions';

/** An administrator removes a subscription with its delivery log; the audit log keeps that it was removed. */
@Injectable()
export class DeleteWebhookSubscription {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: WebhookSubscriptions,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, id: string): Promise<void> {
    return this.dataSource.transaction(async (tx) => {
      const found = await this.subscriptions.find(id, tx);
      if (!found) throw ProblemException.notFound(`No webhook subscription ${id}`);
      await this.subscriptions.remove(tx, id);
      this.audit.record(tx, {
        action: 'webhook-subscription.deleted',
        caseId: null,
        details: { subscriptionId: id, targetHost: new URL(found.targetUrl).host },
      }, principal);
    });
  }
}
