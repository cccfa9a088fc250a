import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { FeedbackReopenRequested, FeedbackSatisfactionRecorded } from '@loket/contracts';
import { redact } from '@loket/disclosure-policy';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { CaseDirectory } from '../case-links/case-directory';
import { FieldCipher } from '../crypto/field-cipher';
import { isWellFormedTrackingCode, normaliseTrackingCode, trackingCodeHash } from '../crypto/tracking-code-hash';
import { DisclosurePolicy } from '../messages/disclosure-policy';
import { ReporterFacts } from '../messages/plan-message';
import { ReporterDirectory } from '../reporters/reporter-directory';
import { invalidLink, ReporterLinks } from '../reporter-links/reporter-links';
import { unknownTrackingCode } from '../tracking/track-report.use-case';
import { SatisfactionAnswerRecord } from './satisfaction-answer.entity';
import { closureToAnswer } from './satisfaction-eligibility';
import { remarkContext } from './satisfaction-remark';
import { SatisfactionRequest, SatisfactionResponse } from './satisfaction.dto';

export type Answerer = { token: string } | { trackingCode: string };

/**
 * A reporter says, after their case closed, whether they are satisfied — through their signed link or with
 * their tracking code. One answer per reporter per closure (a second is a 409; a case closed again after
 * reopening may be answered again). The remark stays here, encrypted; `feedback.satisfaction-recorded` counts
 * the answer, and an unhappy reporter's reopen request leaves as `feedback.reopen-requested` with the remark
 * redacted. Both events are written in the answer's transaction; neither carries contact details.
 */
@Injectable()
export class RecordSatisfaction {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: ReporterLinks,
    private readonly reporters: ReporterDirectory,
    private readonly cases: CaseDirectory,
    private readonly cipher: FieldCipher,
    private readonly outbox: Outbox,
    private readonly policy: DisclosurePolicy,
  ) {}

  execute(answerer: Answerer, request: SatisfactionRequest, now: Date = new Date()): Promise<SatisfactionResponse> {
    return this.dataSource.transaction(async (tx) => {
      const reporter = await this.reporterOf(tx, answerer);
      if (request.reopen && request.satisfied) throw ProblemException.badRequest('Only an unsatisfied answer can ask for the case to be reopened');
      const kase = await this.cases.ofReport(tx, reporter.reportId);
      const stages = kase ? await this.cases.stages(tx, kase.caseId) : [];
      const closure = closureToAnswer(reporter, kase, stages, this.policy);
      if (!kase || !closure) throw ProblemException.conflict('Your case is not closed: you can say whether you are satisfied once it is');
      const id = randomUUID();
      const reopenRequestId = request.reopen ? randomUUID() : null;
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(SatisfactionAnswerRecord)
        .values({
          id,
          reportId: reporter.reportId,
          caseId: kase.caseId,
          closureEventId: closure.eventId,
          satisfied: request.satisfied,
          remark: request.remark ? this.cipher.encrypt(request.remark, remarkContext(id)) : null,
          reopenRequestId,
          recordedAt: now,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) throw ProblemException.conflict('You already answered for this closure of your case');
      const common = { caseId: kase.caseId, reportId: reporter.reportId, reporterRef: reporter.reporterRef };
      await this.outbox.add(tx, FeedbackSatisfactionRecorded, {
        ...common,
        satisfied: request.satisfied,
        reopenRequested: reopenRequestId !== null,
        recordedAt: now.toISOString(),
      });
      if (reopenRequestId) {
        await this.outbox.add(tx, FeedbackReopenRequested, {
          ...common,
          requestId: reopenRequestId,
          redactedRemark: request.remark ? redact(request.remark).text : null,
          requestedAt: now.toISOString(),
        });
      }
      return { reportId: reporter.reportId, satisfied: request.satisfied, reopenRequested: reopenRequestId !== null, recordedAt: now.toISOString() };
    });
  }

  private async reporterOf(tx: EntityManager, answerer: Answerer): Promise<ReporterFacts> {
    if ('token' in answerer) {
      const record = await this.links.resolve(tx, answerer.token, { forUpdate: true });
      const facts = await this.reporters.ofReport(tx, record.reportId);
      if (!facts) throw invalidLink();
      return facts;
    }
    // As the tracking page: a malformed code is looked up like any other and answers the same 404.
    const code = normaliseTrackingCode(answerer.trackingCode.slice(0, 64));
    const facts = await this.reporters.ofTrackingCodeHash(tx, trackingCodeHash(code));
    if (!facts || !isWellFormedTrackingCode(code)) throw unknownTrackingCode();
    return facts;
  }
}
