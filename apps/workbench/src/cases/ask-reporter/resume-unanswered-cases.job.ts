import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { AdvisoryPassLock, PeriodicJob } from '@loket/persistence';
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
 * Once across instances (the job's advisory lock): every instance would find the same due questions and wait on
 * each other's row locks only to find them done (each question is locked and re-checked, so that stays safe).
 */
@Injectable()
export class ResumeUnansweredCases implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ResumeUnansweredCases.name);
  private readonly job: PeriodicJob;

  constructor(
    private readonly dataSource: DataSource,
    private readonly caseGoesOn: CaseGoesOn,
    private readonly clock: Clock,
    settings: QuestionSettings,
  ) {
    this.job = new PeriodicJob({
      name: 'workbench.resume-unanswered-cases',
      everyMs: settings.deadlineCheckMs,
      firstPass: 'at-start',
      pass: async () => {
        const resumed = await this.runOnce();
        if (resumed > 0) this.logger.log(`${resumed} cases went on without their reporter's answer (deadline passed)`);
      },
      failing: "could not move on cases past their question's deadline",
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
}
