import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { generateWebhookSecret, targetUrlProblem } from '@loket/webhooks';
import { AuditTrail } from '../../audit/audit-trail';
import { Clock } from '../../clock';
import { WebhookSubscriptions } from '../persistence/webhook-subscriptions';
import type { WebhookSubscriptionRecord } from '../persistence/webhook-subscription.entity';
import { WebhookSettings } from '../webhooks.config';
import type { CreateWebhookSubscriptionRequest } from './create-webhook-subscription.request';
import { CreatedWebhookSubscriptionResponse, toWebhookSubscriptionResponse } from './webhook-subscription.response';

/**
 * An administrator subscribes another system: the target URL checked (https; http to localhost only in
 * development), a fresh signing secret made, and, in one transaction, the subscription and its audit entry
 * (which channels, fields and target host; never the secret). The secret is in the answer, and only there.
 */
@Injectable()
export class CreateWebhookSubscription {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: WebhookSubscriptions,
    private readonly audit: AuditTrail,
    private readonly settings: WebhookSettings,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, request: CreateWebhookSubscriptionRequest): Promise<CreatedWebhookSubscriptionResponse> {
    const problem = targetUrlProblem(request.targetUrl, { allowHttpToLocalhost: this.settings.allowHttpToLocalhost });
    if (problem) throw ProblemException.badRequest(`targetUrl ${problem}`, [{ field: 'targetUrl', messages: [`targetUrl ${problem}`] }]);
    const record: WebhookSubscriptionRecord = {
      id: randomUUID(),
      name: request.name,
      targetUrl: new URL(request.targetUrl).toString(),
      channels: [...request.channels],
      filterCategories: [...(request.categories ?? [])],
      filterOrganisations: [...(request.organisations ?? [])],
      fields: [...(request.fields ?? [])],
      secret: generateWebhookSecret(),
      status: 'active',
      createdAt: this.clock.now(),
      createdByUsername: principal.username,
      disabledAt: null,
    };
    await this.dataSource.transaction(async (tx) => {
      await this.subscriptions.add(tx, record);
      this.audit.record(tx, {
        action: 'webhook-subscription.created',
        caseId: null,
        details: {
          subscriptionId: record.id,
          targetHost: new URL(record.targetUrl).host,
          channels: record.channels,
          categories: record.filterCategories,
          organisations: record.filterOrganisations,
          fields: record.fields,
        },
      }, principal);
    });
    return { ...toWebhookSubscriptionResponse(record), secret: record.secret };
  }
}
