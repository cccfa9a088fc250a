import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ProblemException } from '@loket/http';
import { CaseDirectory } from '../case-links/case-directory';
import { DisclosurePolicy } from '../messages/disclosure-policy';
import { MessageBook } from '../messages/message-book';
import { ReporterDirectory } from '../reporters/reporter-directory';
import { ReporterRecord } from '../reporters/reporter.entity';
import { SubjectKeys } from '../reporters/subject-keys';
import { ReporterQuestions } from '../questions/reporter-questions';
import { shapeTracking, TrackingResponse } from '../tracking/tracking-response';
import { MyReportsResponse } from './my-reports.dto';

/** At most this many of a person's newest reports are listed. */
export const MY_REPORTS_LIMIT = 50;

/**
 * "My reports": the reports a signed-in resident or volunteer made while signed in, found by the keyed hash of
 * their token's subject, each with the same status the tracking page shows them (their own disclosure level).
 * Another person's report is not found, exactly as a report that does not exist; an erased reporter's are gone.
 */
@Injectable()
export class MyReports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subjectKeys: SubjectKeys,
    private readonly reporters: ReporterDirectory,
    private readonly cases: CaseDirectory,
    private readonly messages: MessageBook,
    private readonly policy: DisclosurePolicy,
    private readonly questions: ReporterQuestions,
  ) {}

  async list(subject: string): Promise<MyReportsResponse> {
    const manager = this.dataSource.manager;
    const records = await manager.find(ReporterRecord, {
      where: { subjectKey: this.subjectKeys.of(subject), erasedAt: IsNull() },
      order: { receivedAt: 'DESC' },
      take: MY_REPORTS_LIMIT,
    });
    const reports = [];
    for (const record of records) {
      const tracking = await this.trackingOf(manager, record.reportId);
      if (!tracking) continue;
      const last = tracking.timeline[tracking.timeline.length - 1];
      reports.push({
        reportId: record.reportId,
        trackingCodeHint: record.trackingCodeHint,
        receivedAt: record.receivedAt.toISOString(),
        stage: tracking.stage,
        stageAt: last?.at ?? record.receivedAt.toISOString(),
        messageCount: tracking.messages.length,
      });
    }
    return { reports };
  }

  async one(subject: string, reportId: string): Promise<TrackingResponse> {
    const manager = this.dataSource.manager;
    await this.reporter(manager, subject, reportId);
    const tracking = await this.trackingOf(manager, reportId);
    if (!tracking) throw ProblemException.notFound('You have no report with this id');
    return tracking;
  }

  /** One of my reports as the reporter it is, for answering a question on it; the same 404 as `one`. */
  async reporter(manager: EntityManager, subject: string, reportId: string): Promise<ReporterRecord> {
    const mine = await manager.findOneBy(ReporterRecord, { reportId, subjectKey: this.subjectKeys.of(subject), erasedAt: IsNull() });
    if (!mine) throw ProblemException.notFound('You have no report with this id');
    return mine;
  }

  private async trackingOf(manager: EntityManager, reportId: string): Promise<TrackingResponse | null> {
    const reporter = await this.reporters.ofReport(manager, reportId);
    if (!reporter) return null;
    const kase = await this.cases.ofReport(manager, reportId);
    const stages = kase ? await this.cases.stages(manager, kase.caseId) : [];
    const messages = await this.messages.ofReport(manager, reportId);
    const questions = await this.questions.forReporter(manager, reporter, new Date());
    return shapeTracking({ reporter, kase, stages, messages, questions }, this.policy);
  }
}
