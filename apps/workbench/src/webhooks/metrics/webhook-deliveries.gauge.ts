import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { Metrics } from '@loket/observability';

interface DeliveryCount {
  subscription: string;
  status: string;
  count: string;
}

/**
 * `loket_webhook_deliveries{subscription,status}`: per subscription, the deliveries still `pending` and those
 * parked as `failed` (alert on these), counted from the database on each scrape. When the database does not
 * answer, the scrape shows the last counts it had.
 */
@Injectable()
export class WebhookDeliveriesGauge implements OnModuleInit {
  private readonly log = new Logger(WebhookDeliveriesGauge.name);
  private last: DeliveryCount[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    if (this.metrics.registry.getSingleMetric('loket_webhook_deliveries')) return;
    const counts = () => this.counts();
    new Gauge({
      name: 'loket_webhook_deliveries',
      help: 'Outgoing webhook deliveries still pending or parked as failed, by subscription id and status',
      labelNames: ['subscription', 'status'],
      registers: [this.metrics.registry],
      async collect() {
        this.reset();
        for (const row of await counts()) this.set({ subscription: row.subscription, status: row.status }, Number(row.count));
      },
    });
  }

  private async counts(): Promise<DeliveryCount[]> {
    try {
      this.last = await this.dataSource.query(
        `SELECT subscription_id::text AS subscription, status, count(*) AS count
           FROM webhook_deliveries WHERE status IN ('pending', 'failed') GROUP BY 1, 2`,
      );
    } catch (error) {
      this.log.warn(`could not count webhook deliveries: ${(error as Error).message}`);
    }
    return this.last;
  }
}
