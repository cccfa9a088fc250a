import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ApplyRetention } from './apply-retention.use-case';

export abstract class RetentionScheduleSettings {
  abstract readonly intervalMs: number;
}

/** Runs the retention pass at start and then every interval; a failed pass is logged and tried next time. */
@Injectable()
export class RetentionSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionSchedule.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly retention: ApplyRetention,
    private readonly settings: RetentionScheduleSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.settings.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    this.running = this.retention.run(new Date()).catch((error: Error) => this.logger.warn(`retention pass failed: ${error.message}`));
  }
}
