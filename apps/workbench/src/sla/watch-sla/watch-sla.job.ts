import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CaseJournal } from '../../cases/persistence/case-journal';
import { Clock } from '../../clock';
import { SlaWatchSettings } from './sla-watch-settings';
import { SlaAlarm, SlaAlarms } from './sla-alarms';

export interface SlaWatchRun {
  warned: number;
  escalated: number;
}

/**
 * The scheduled SLA watch. Every run, at the Clock's now: warns about running cases past their warning moment
 * and escalates those past their due date to the coordinators, each once, with a timeline entry on the case.
 * Several workbench instances may run it at the same time: claims skip rows another instance holds and mark
 * what they claim in the same transaction as the timeline entries.
 */
@Injectable()
export class WatchSla implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WatchSla.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly alarms: SlaAlarms,
    private readonly journal: CaseJournal,
    private readonly clock: Clock,
    private readonly settings: SlaWatchSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.watchIntervalMs > 0) this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One run: warnings, then escalations, in batches until none are left. */
  async runOnce(): Promise<SlaWatchRun> {
    const now = this.clock.now();
    const warned = await this.drain((tx, limit) => this.alarms.claimWarnings(tx, now, limit), 'sla-warning', now);
    const escalated = await this.drain((tx, limit) => this.alarms.claimEscalations(tx, now, limit), 'sla-escalated', now);
    if (warned + escalated > 0) this.logger.log(`SLA watch: ${warned} warned, ${escalated} escalated`);
    return { warned, escalated };
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .catch((error: Error) => this.logger.warn(`SLA watch run failed, trying again next time: ${error.message}`))
        .finally(() => {
          if (!this.stopped) this.schedule();
        });
    }, this.settings.watchIntervalMs);
    this.timer.unref();
  }

  /** Claims and records batch after batch, each in its own transaction, until a batch comes back short. */
  private async drain(
    claim: (tx: EntityManager, limit: number) => Promise<SlaAlarm[]>,
    kind: 'sla-warning' | 'sla-escalated',
    now: Date,
  ): Promise<number> {
    let total = 0;
    for (;;) {
      const claimed = await this.dataSource.transaction(async (tx) => {
        const alarms = await claim(tx, this.settings.watchBatchSize);
        for (const alarm of alarms) {
          await this.journal.record(tx, {
            caseId: alarm.caseId,
            kind,
            details:
              kind === 'sla-warning'
                ? { dueAt: alarm.dueAt.toISOString(), team: alarm.team, assignee: alarm.assignee }
                : { dueAt: alarm.dueAt.toISOString(), team: alarm.team, assignee: alarm.assignee, escalatedTo: 'coordinators' },
            actorSubject: null,
            actorUsername: null,
            actorOrganisation: null,
            visibleToOrganisation: null,
            caseVersion: null,
            occurredAt: now,
          });
        }
        return alarms.length;
      });
      total += claimed;
      if (claimed < this.settings.watchBatchSize) return total;
    }
  }
}
