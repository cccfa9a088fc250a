import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { CaseReporterQuestionAsked } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { Clock } from '../../clock';
import { CaseAccess } from '../case-access';
import { CaseProblems } from '../case-problems';
import { ChangeStatus } from '../change-status/change-status.use-case';
import { CaseJournal } from '../persistence/case-journal';
import { AskReporterRequest, ReporterQuestionResponse } from './ask-reporter.request';
import { ReporterQuestionRecord } from './reporter-question.entity';
import { toQuestionResponse } from './reporter-questions';

const DAY_MS = 86_400_000;
/** How long a question asked without waiting stays open on the reporters' tracking pages. */
export const OPEN_DAYS_WITHOUT_WAITING = 14;
const DEFAULT_WAIT_DAYS = 5;

/**
 * A professional asks the reporters of a case a question. In one transaction: the access and version checks, the
 * question, a timeline entry, the event for the feedback service (which asks each reporter as their consent allows)
 * and, unless asked not to, the case into `waiting` ("waiting for the reporter", SLA paused) until the answer or
 * the deadline. Waiting needs someone on the case (a case goes on to in progress with its assignee).
 */
@Injectable()
export class AskReporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly changeStatus: ChangeStatus,
    private readonly journal: CaseJournal,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(principal: Principal, caseId: string, request: AskReporterRequest): Promise<ReporterQuestionResponse> {
    return this.dataSource.transaction(async (tx) => {
      const kase = await this.access.requireCase(principal, caseId, tx);
      if (kase.version !== request.expectedVersion) throw CaseProblems.staleVersion(request.expectedVersion, kase.version);
      if (!['new', 'assigned', 'in_progress', 'waiting'].includes(kase.status)) {
        throw ProblemException.conflict(`The case is ${kase.status}; its reporters can be asked while it is open and not being referred`);
      }
      const waitDays = request.waitDays ?? DEFAULT_WAIT_DAYS;
      const now = this.clock.now();
      const answerBy = new Date(now.getTime() + (waitDays > 0 ? waitDays : OPEN_DAYS_WITHOUT_WAITING) * DAY_MS);
      let waitsAtVersion: number | null = null;
      if (waitDays > 0 && kase.status !== 'waiting') {
        if (!kase.assignee) {
          throw ProblemException.conflict('Assign the case first: a case waits for its reporter on behalf of the professional who works it (or ask with waitDays 0)');
        }
        const reason = `waiting for the reporter until ${answerBy.toISOString().slice(0, 10)}`;
        const waiting = await this.changeStatus.apply(tx, kase, { name: 'wait', reason }, principal);
        if (!waiting) throw CaseProblems.staleVersion(request.expectedVersion, null);
        waitsAtVersion = waiting.version;
      }
      const question: ReporterQuestionRecord = {
        id: randomUUID(),
        caseId: kase.id,
        organisation: kase.organisation,
        text: request.text,
        askedBySubject: principal.subject,
        askedByUsername: principal.username ?? null,
        askedAt: now,
        answerBy,
        status: 'open',
        waitsAtVersion,
      };
      await tx.insert(ReporterQuestionRecord, question);
      await this.journal.record(tx, {
        caseId: kase.id,
        kind: 'reporter-question-asked',
        details: { questionId: question.id, answerBy: answerBy.toISOString(), caseWaits: waitsAtVersion !== null },
        actorSubject: principal.subject,
        actorUsername: principal.username,
        actorOrganisation: principal.organisation,
        visibleToOrganisation: null,
        caseVersion: waitsAtVersion,
        occurredAt: now,
      });
      await this.outbox.add(tx, CaseReporterQuestionAsked, {
        caseId: kase.id,
        questionId: question.id,
        organisation: kase.organisation,
        text: question.text,
        askedAt: now.toISOString(),
        answerBy: answerBy.toISOString(),
      });
      return toQuestionResponse(question, [], waitsAtVersion !== null);
    });
  }
}
