import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per service process, with the default process metrics and Loket's own. */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests: Histogram<'method' | 'route' | 'status'>;
  readonly eventsPublished: Counter<'topic'>;
  readonly eventsConsumed: Counter<'topic' | 'outcome'>;
  readonly consumerRunning: Gauge;
  readonly consumerRestarts: Counter<'reason'>;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.httpRequests = new Histogram({
      name: 'loket_http_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [this.registry],
    });
    this.eventsPublished = new Counter({
      name: 'loket_events_published_total',
      help: 'Events the outbox relay published, by topic',
      labelNames: ['topic'],
      registers: [this.registry],
    });
    this.eventsConsumed = new Counter({
      name: 'loket_events_consumed_total',
      help: 'Events consumed, by topic and outcome (processed, duplicate, retried, infrastructure-retry, dead-lettered)',
      labelNames: ['topic', 'outcome'],
      registers: [this.registry],
    });
    this.consumerRunning = new Gauge({
      name: 'loket_kafka_consumer_running',
      help: '1 while the service\'s Kafka consumer is a member of its group and consuming, 0 otherwise',
      registers: [this.registry],
    });
    this.consumerRestarts = new Counter({
      name: 'loket_kafka_consumer_restarts_total',
      help: 'Times the service restarted its Kafka consumer after it stopped, by reason',
      labelNames: ['reason'],
      registers: [this.registry],
    });
  }
}
