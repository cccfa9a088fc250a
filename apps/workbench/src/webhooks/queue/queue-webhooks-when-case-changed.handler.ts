import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseOpenedV1, CaseReassignedV1, CaseReportLinkedV1, CaseStatusChangedV1, EventEnvelope } from '@loket/contracts';
import { type CaseEventFact, selectWebhookData, toCloudEvent, type WebhookChannel } from '@loket/webhooks';
import { CaseRecord } from '../../cases/persistence/case.entity';
import { Clock } from '../../clock';
import { WebhookDeliveries } from '../persistence/webhook-deliveries';
import { WebhookSubscriptions } from '../persistence/webhook-subscriptions';
import type { WebhookSubscriptionRecord } from '../persistence/webhook-subscription.entity';
import { WebhookSettings } from '../webhooks.config';

type CaseFacts = Pick<CaseEventFact, 'organisation' | 'category'>;

/**
 * A case event the workbench handles becomes a delivery for every active subscription whose channel, filter
 * and scope let it through, written in the same transaction as the event's inbox entry and the case change it
 * causes (the webhooks' outbox). The workbench's own status changes arrive here through Kafka like the rest,
 * so only committed changes are ever sent. A redelivered event adds nothing (one delivery per subscription
 * and event). Category and sensitivity come from the case as the workbench holds it; a case it does not know
 * (yet) is not sent, since nothing then shows its category is not a sensitive one.
 */
@Injectable()
export class QueueWebhooksWhenCaseChanged {
  constructor(
    private readonly subscriptions: WebhookSubscriptions,
    private readonly deliveries: WebhookDeliveries,
    private readonly settings: WebhookSettings,
    private readonly clock: Clock,
  ) {}

  caseOpened(event: CaseOpenedV1, tx: EntityManager, envelope: EventEnvelope<CaseOpenedV1>): Promise<void> {
    return this.queue(tx, 'case.opened', envelope, event.caseId, async () => ({
      organisation: event.organisation,
      category: { main: event.category.main, sub: event.category.sub ?? null, sensitivity: event.category.sensitivity },
    }), { description: event.report.description, location: event.report.location });
  }

  reportLinked(event: CaseReportLinkedV1, tx: EntityManager, envelope: EventEnvelope<CaseReportLinkedV1>): Promise<void> {
    return this.queue(tx, 'case.report-linked', envelope, event.caseId, () => this.caseFacts(tx, event.caseId), {
      description: event.report.description,
      location: event.report.location,
    });
  }

  statusChanged(event: CaseStatusChangedV1, tx: EntityManager, envelope: EventEnvelope<CaseStatusChangedV1>): Promise<void> {
    return this.queue(tx, 'case.status-changed', envelope, event.caseId, () => this.caseFacts(tx, event.caseId), {
      status: { from: event.from, to: event.to, resolutionCode: event.resolutionCode ?? null },
    });
  }

  reassigned(event: CaseReassignedV1, tx: EntityManager, envelope: EventEnvelope<CaseReassignedV1>): Promise<void> {
    return this.queue(tx, 'case.reassigned', envelope, event.caseId, async () => {
      const known = await this.caseFacts(tx, event.caseId);
      return known && { ...known, organisation: event.organisation };
    });
  }

  private async queue(
    tx: EntityManager,
    channel: WebhookChannel,
    envelope: EventEnvelope<object>,
    caseId: string,
    caseFacts: () => Promise<CaseFacts | null>,
    extra: Pick<CaseEventFact, 'status' | 'description' | 'location'> = {},
  ): Promise<void> {
    const subscriptions = await this.subscriptions.activeOn(tx, channel);
    if (subscriptions.length === 0) return;
    const facts = await caseFacts();
    if (!facts) return;
    const fact: CaseEventFact = { eventId: envelope.id, channel, caseId, occurredAt: new Date(envelope.occurredAt), ...facts, ...extra };
    const now = this.clock.now();
    for (const subscription of subscriptions) {
      const data = selectWebhookData(fact, scopeOf(subscription));
      if (!data) continue;
      await this.deliveries.enqueue(tx, {
        id: randomUUID(),
        subscriptionId: subscription.id,
        eventId: envelope.id,
        eventType: channel,
        caseId,
        payload: toCloudEvent({ eventId: envelope.id, channel, caseId, occurredAt: fact.occurredAt, source: this.settings.source, data }),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
        lastAttemptAt: null,
        lastError: null,
        deliveredAt: null,
      });
    }
  }

  private async caseFacts(tx: EntityManager, caseId: string): Promise<CaseFacts | null> {
    const record = await tx.findOne(CaseRecord, {
      where: { id: caseId },
      select: { id: true, organisation: true, categoryMain: true, categorySub: true, sensitivity: true },
    });
    if (!record) return null;
    return {
      organisation: record.organisation,
      category: { main: record.categoryMain, sub: record.categorySub, sensitivity: record.sensitivity },
    };
  }
}

function scopeOf(subscription: WebhookSubscriptionRecord) {
  return {
    channels: subscription.channels,
    filter: { categories: subscription.filterCategories, organisations: subscription.filterOrganisations },
    fields: subscription.fields,
  };
}
