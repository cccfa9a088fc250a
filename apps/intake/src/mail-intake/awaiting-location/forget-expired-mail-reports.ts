import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MailReportsAwaitingLocation } from './mail-reports-awaiting-location';

const EVERY_MS = 15 * 60_000;

/**
 * Every quarter of an hour (and at start), the mail reports whose place never came are forgotten, photos and sealed
 * reporter with them: nothing of them was ever routed or published. A run never starts while the last one still goes.
 */
@Injectable()
export class ForgetExpiredMailReports implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ForgetExpiredMailReports.name);
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly reports: MailReportsAwaitingLocation) {}

  onApplicationBootstrap(): void {
    void this.run();
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const removed = await this.reports.forgetExpired();
      if (removed > 0) this.logger.log(`forgot ${removed} mail reports whose place never came`);
    } catch (error) {
      this.logger.warn(`could not forget expired mail reports (next try in 15 minutes): ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
