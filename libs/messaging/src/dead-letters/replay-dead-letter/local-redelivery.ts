import { Injectable } from '@nestjs/common';

/** One event as it was parked: its topic, where it stood and what it said. */
export interface ParkedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string;
}

/**
 * Hands a parked event to this service's own consumer again, without the broker: how a dead letter is replayed on a
 * topic the service may only read (with Kafka's access control lists it may not write it back). The service's Kafka
 * server attaches itself at start (connectEventConsumers).
 */
@Injectable()
export class LocalRedelivery {
  private deliver: ((message: ParkedMessage) => Promise<void>) | null = null;

  attach(deliver: (message: ParkedMessage) => Promise<void>): void {
    this.deliver = deliver;
  }

  async redeliver(message: ParkedMessage): Promise<void> {
    if (!this.deliver) throw new Error('this service runs no event consumer to hand the event to');
    await this.deliver(message);
  }
}
