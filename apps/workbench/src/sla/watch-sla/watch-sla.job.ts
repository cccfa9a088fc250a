import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AdvisoryPassLock, PeriodicJob } from '@loket/persistence';
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
 * Once across instances (the job's advisory lock): a second instance draining beside the first would add nothing
 * but contention on the same rows and on the audit chain each batch appends to. The claims stay safe
 * without the lock too (they skip rows another pass holds and mark what they claim in the same transaction as the
 * timeline entries), for the moment a pass outlives its lock's connection.
 */
@Injectable()
export class WatchSla implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WatchSla.name);
  /** The schedule (every LOKET_SLA_WATCH_INTERVAL_MS, none at 0); `job.runPass()` is one pass as scheduled. */
  readonly job: PeriodicJob;

  constructor(
    private readonly dataSource: DataSource,
    private readonly alarms: SlaAlarms,
    private readonly journal: CaseJournal,
    private readonly clock: Clock,
    private readonly settings: SlaWatchSettings,
  ) {
    this.job = new PeriodicJob({
      name: 'workbench.sla-watch',
      everyMs: settings.watchIntervalMs,
      pass: async () => {
        await this.runOnce();
      },
      failing: 'SLA watch run failed',
      logger: this.logger,
      lock: new AdvisoryPassLock(dataSource),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One run: warnings, then escalations, in batches until none are left. */
  async runOnce(): Promise<SlaWatchRun> {
    const now = this.clock.now();
    const warned = await this.drain((tx, limit) => this.alarms.claimWarnings(tx, now, limit), 'sla-warning', now);
    const escalated = await this.drain((tx, limit) => this.alarms.claimEscalations(tx, now, limit), 'sla-escalated', now);
    if (warned + escalated > 0) this.logger.log(`SLA watch: ${warned} warned, ${escalated} escalated`);
    return { warned, escalated };
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
