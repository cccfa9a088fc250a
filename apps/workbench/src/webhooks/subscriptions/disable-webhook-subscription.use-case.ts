import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AuditTrail } from '../../audit/audit-trail';
import { Clock } from '../../clock';
import { WebhookSubscriptions } from '../persistence/webhook-subscriptions';
import { toWebhookSubscriptionResponse, WebhookSubscriptionResponse } from './webhook-subscription.response';

/**
 * An administrator stops a subscription: no new deliveries are made for it and those still pending are not
 * sent (they stay in its log). Audited; disabling one that is disabled already changes nothing.
 */
@Injectable()
export class DisableWebhookSubscription {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: WebhookSubscriptions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  execute(principal: Principal, id: string): Promise<WebhookSubscriptionResponse> {
    return this.dataSource.transaction(async (tx) => {
      const found = await this.subscriptions.find(id, tx);
      if (!found) throw ProblemException.notFound(`No webhook subscription ${id}`);
      if (found.status === 'disabled') return toWebhookSubscriptionResponse(found);
      const at = this.clock.now();
      await this.subscriptions.disable(tx, id, at);
      this.audit.record(tx, { action: 'webhook-subscription.disabled', caseId: null, details: { subscriptionId: id } }, principal);
      return toWebhookSubscriptionResponse({ ...found, status: 'disabled', disabledAt: at });
    });
  }
}
