import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { Metrics } from '@loket/observability';

/** How much of a reason becomes a label: enough to tell reasons apart, not so much that ids multiply series. */
const REASON_LABEL_LENGTH = 80;

interface ParkedCount {
  topic: string;
  reason: string;
  count: string;
}

/**
 * `loket_dead_letters_parked{topic,reason}`: the parked dead letters, counted from the database on each scrape.
 * When the database does not answer, the scrape shows the last counts it had (and the readiness check is red).
 */
@Injectable()
export class ParkedDeadLettersGauge implements OnModuleInit {
  private readonly log = new Logger(ParkedDeadLettersGauge.name);
  private last: ParkedCount[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    this.register();
  }

  register(): void {
    if (this.metrics.registry.getSingleMetric('loket_dead_letters_parked')) return;
    const counts = () => this.counts();
    new Gauge({
      name: 'loket_dead_letters_parked',
      help: 'Dead letters parked in this service, waiting to be replayed or discarded, by topic and reason',
      labelNames: ['topic', 'reason'],
      registers: [this.metrics.registry],
      async collect() {
        this.reset();
        for (const row of await counts()) this.set({ topic: row.topic, reason: row.reason }, Number(row.count));
      },
    });
  }

  private async counts(): Promise<ParkedCount[]> {
    try {
      this.last = await this.dataSource.query(
        `SELECT topic, left(split_part(reason, E'\\n', 1), ${REASON_LABEL_LENGTH}) AS reason, count(*) AS count
           FROM dead_letters WHERE status = 'parked' GROUP BY 1, 2`,
      );
    } catch (error) {
      this.log.warn(`could not count parked dead letters: ${(error as Error).message}`);
    }
    return this.last;
  }
}
