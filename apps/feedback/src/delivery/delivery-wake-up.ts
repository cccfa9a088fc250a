import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationListener } from '@loket/persistence';
import { DeliveryWorker } from './delivery-worker';

/** The channel `reporter_messages`' insert trigger notifies (migration MessagesDueNotify1797800000000). */
export const MESSAGES_DUE_CHANNEL = 'loket_feedback_mail';

/**
 * Wakes the delivery loop when a message to a reporter was committed, so a receipt leaves in milliseconds rather
 * than at the loop's next poll. Every instance listens (the loop claims messages with SKIP LOCKED, so instances
 * woken together share them); when the listening connection is lost, the poll goes on alone until it is back.
 */
@Injectable()
export class DeliveryWakeUp implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly listener: NotificationListener;

  constructor(dataSource: DataSource, worker: DeliveryWorker) {
    this.listener = new NotificationListener(dataSource, {
      channel: MESSAGES_DUE_CHANNEL,
      heard: () => worker.wake(),
      logger: new Logger(DeliveryWakeUp.name),
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.listener.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.listener.stop();
  }
}
