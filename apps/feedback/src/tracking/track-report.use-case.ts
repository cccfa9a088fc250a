import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProblemException } from '@loket/http';
import { isWellFormedTrackingCode, normaliseTrackingCode, trackingCodeHash } from '../crypto/tracking-code-hash';
import { CaseDirectory } from '../case-links/case-directory';
import { DisclosurePolicy } from '../messages/disclosure-policy';
import { MessageBook } from '../messages/message-book';
import { ReporterFacts } from '../messages/plan-message';
import { ReporterQuestions } from '../questions/reporter-questions';
import { ReporterDirectory } from '../reporters/reporter-directory';
import { shapeTracking, TrackingResponse } from './tracking-response';

/** The one answer for every code that opens nothing, malformed or unknown alike. */
export function unknownTrackingCode(): ProblemException {
  return ProblemException.notFound('No report is known by this tracking code');
}

/**
 * The tracking page of the holder of a tracking code. A malformed code is looked up like any other (its
 * hash matches nothing) so that timing and answer do not tell it from a well-formed unknown one.
 */
@Injectable()
export class TrackReport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reporters: ReporterDirectory,
    private readonly cases: CaseDirectory,
    private readonly messages: MessageBook,
    private readonly policy: DisclosurePolicy,
    private readonly questions: ReporterQuestions,
  ) {}

  async execute(trackingCode: string): Promise<TrackingResponse> {
    const manager = this.dataSource.manager;
    const reporter = await this.reporterOf(manager, trackingCode);
    const kase = await this.cases.ofReport(manager, reporter.reportId);
    const stages = kase ? await this.cases.stages(manager, kase.caseId) : [];
    const messages = await this.messages.ofReport(manager, reporter.reportId);
    const questions = await this.questions.forReporter(manager, reporter, new Date());
    return shapeTracking({ reporter, kase, stages, messages, questions }, this.policy);
  }

  /** The reporter a tracking code opens, or the one 404 for every code that opens nothing. */
  async reporterOf(manager: EntityManager, trackingCode: string): Promise<ReporterFacts> {
    const code = normaliseTrackingCode(trackingCode.slice(0, 64));
    const reporter = await this.reporters.ofTrackingCodeHash(manager, trackingCodeHash(code));
    if (!reporter || !isWellFormedTrackingCode(code)) throw unknownTrackingCode();
    return reporter;
  }
}
