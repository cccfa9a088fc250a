import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { Clock } from '../../clock';
import { CaseGoesOn } from './case-goes-on';
import { ReporterQuestionRecord } from './reporter-question.entity';

const BATCH = 100;

/** `deadlineCheckMs`: how often to look (LOKET_QUESTION_DEADLINE_CHECK_MS, a minute). */
export abstract class QuestionSettings {
  abstract readonly deadlineCheckMs: number;
}

/**
 * Every minute (LOKET_QUESTION_DEADLINE_CHECK_MS) and at start: a case that waited for its reporter past the question's deadline goes on without
 * the answer, and the question counts as expired (an answer that comes later still joins the case file). Each
 * question in its own transaction, so one that fails does not hold up the others.
 */
@Injectable()
export class ResumeUnansweredCases implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ResumeUnansweredCases.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly caseGoesOn: CaseGoesOn,
    private readonly clock: Clock,
    private readonly settings: QuestionSettings,
  ) {}

  onApplicationBootstrap(): void {
    const run = () => {
      this.running ??= this.runLogged().finally(() => (this.running = null));
    };
    run();
    this.timer = setInterval(run, this.settings.deadlineCheckMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** The cases that went on because their question's deadline passed. */
  async runOnce(): Promise<number> {
    const due = await this.dataSource.manager.find(ReporterQuestionRecord, {
      where: { waitsAtVersion: Not(IsNull()), answerBy: LessThanOrEqual(this.clock.now()) },
      order: { answerBy: 'ASC' },
      take: BATCH,
    });
    let resumed = 0;
    for (const { id } of due) {
      const wentOn = await this.dataSource.transaction(async (tx) => {
        const question = await tx.findOne(ReporterQuestionRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!question || question.waitsAtVersion === null) return false; // answered meanwhile
        if (question.status === 'open') await tx.update(ReporterQuestionRecord, { id }, { status: 'expired' });
        return this.caseGoesOn.afterQuestion(tx, question);
      });
      if (wentOn) resumed++;
    }
    return resumed;
  }

  private async runLogged(): Promise<void> {
    try {
      const resumed = await this.runOnce();
      if (resumed > 0) this.logger.log(`${resumed} cases went on without their reporter's answer (deadline passed)`);
    } catch (error) {
      this.logger.warn(`could not move on cases past their question's deadline (next try in a minute): ${(error as Error).message}`);
    }
  }
}
