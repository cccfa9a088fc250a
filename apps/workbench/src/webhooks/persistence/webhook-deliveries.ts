import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LoketCloudEvent } from '@loket/webhooks';
import { WebhookDeliveryAttemptRecord } from './webhook-delivery-attempt.entity';
import { WebhookDeliveryRecord, WebhookDeliveryStatus } from './webhook-delivery.entity';

/** A delivery a sender has claimed: what to send, where, and signed with what. */
export interface ClaimedDelivery {
  id: string;
  attempts: number;
  createdAt: Date;
  payload: LoketCloudEvent;
  targetUrl: string;
  secret: string;
}

/** How one attempt went, and what becomes of the delivery. */
export interface AttemptOutcome {
  attemptedAt: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  status: WebhookDeliveryStatus;
  nextAttemptAt: Date | null;
}

/** The webhooks' outbox and its delivery log. */
export abstract class WebhookDeliveries {
  /** False when this subscription has this event already (a redelivered event). */
  abstract enqueue(tx: EntityManager, delivery: WebhookDeliveryRecord): Promise<boolean>;
  /**
   * Up to `limit` pending deliveries of active subscriptions due by `now`, skipping those another sender holds;
   * each is held until `leaseUntil` (a sender that dies lets it fall due again then).
   */
  abstract claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]>;
  /** False when the delivery moved on meanwhile (its claim ran out and another sender took it). */
  abstract recordAttempt(delivery: ClaimedDelivery, outcome: AttemptOutcome): Promise<boolean>;
  /**
   * Removes up to `limit` finished deliveries (delivered, or parked as failed) created before `cutoff`, with their
   * attempts; pending ones stay whatever their age. The number removed.
   */
  abstract forgetFinishedBefore(cutoff: Date, limit: number): Promise<number>;
  /** Newest first. */
  abstract logOf(subscriptionId: string, limit: number): Promise<{ delivery: WebhookDeliveryRecord; attempts: WebhookDeliveryAttemptRecord[] }[]>;
}

@Injectable()
export class TypeormWebhookDeliveries extends WebhookDeliveries {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async enqueue(tx: EntityManager, delivery: WebhookDeliveryRecord): Promise<boolean> {
    const inserted = await tx.createQueryBuilder().insert().into(WebhookDeliveryRecord).values(delivery).orIgnore().returning(['id']).execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
    return this.dataSource.transaction(async (tx) => {
      const rows: { id: string; attempts: number; created_at: Date; payload: LoketCloudEvent; target_url: string; secret: string }[] = await tx.query(
        `SELECT d.id, d.attempts, d.created_at, d.payload, s.target_url, s.secret
           FROM webhook_deliveries d
           JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.status = 'active'
          WHERE d.status = 'pending' AND d.next_attempt_at <= $1
          ORDER BY d.next_attempt_at
          LIMIT $2
          FOR UPDATE OF d SKIP LOCKED`,
        [now, limit],
      );
      if (rows.length === 0) return [];
      await tx.query(`UPDATE webhook_deliveries SET next_attempt_at = $1 WHERE id = ANY($2::uuid[])`, [leaseUntil, rows.map((r) => r.id)]);
      return rows.map((r) => ({ id: r.id, attempts: r.attempts, createdAt: r.created_at, payload: r.payload, targetUrl: r.target_url, secret: r.secret }));
    });
  }

  async forgetFinishedBefore(cutoff: Date, limit: number): Promise<number> {
    // The attempts go with their delivery (ON DELETE CASCADE).
    // TypeORM answers a DELETE on PostgreSQL with [rows, affected count].
    const [, removed] = (await this.dataSource.query(
      `DELETE FROM webhook_deliveries WHERE id IN (
         SELECT id FROM webhook_deliveries WHERE status <> 'pending' AND created_at < $1 ORDER BY created_at LIMIT $2
       )`,
      [cutoff, limit],
    )) as [unknown[], number];
    return removed;
  }

  recordAttempt(delivery: ClaimedDelivery, outcome: AttemptOutcome): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const attempt = delivery.attempts + 1;
      const updated = await tx
        .createQueryBuilder()
        .update(WebhookDeliveryRecord)
        .set({
          attempts: attempt,
          status: outcome.status,
          nextAttemptAt: outcome.nextAttemptAt,
          lastAttemptAt: outcome.attemptedAt,
          lastError: outcome.error,
          ...(outcome.status === 'delivered' ? { deliveredAt: outcome.attemptedAt } : {}),
        })
        .where(`id = :id AND attempts = :attempts AND status = 'pending'`, { id: delivery.id, attempts: delivery.attempts })
        .execute();
      if (!updated.affected) return false;
      await tx.insert(WebhookDeliveryAttemptRecord, {
        deliveryId: delivery.id,
        attempt,
        attemptedAt: outcome.attemptedAt,
        statusCode: outcome.statusCode,
        error: outcome.error,
        durationMs: outcome.durationMs,
      });
      return true;
    });
  }

  async logOf(subscriptionId: string, limit: number) {
    const deliveries = await this.dataSource.manager.find(WebhookDeliveryRecord, {
      where: { subscriptionId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
    });
    if (deliveries.length === 0) return [];
    const attempts = await this.dataSource.manager
      .createQueryBuilder(WebhookDeliveryAttemptRecord, 'a')
      .where('a.delivery_id = ANY(:ids)', { ids: deliveries.map((d) => d.id) })
      .orderBy('a.attempt', 'ASC')
      .getMany();
    return deliveries.map((delivery) => ({ delivery, attempts: attempts.filter((a) => a.deliveryId === delivery.id) }));
  }
}
