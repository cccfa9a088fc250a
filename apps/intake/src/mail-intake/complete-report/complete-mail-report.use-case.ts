import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { ProblemException } from '@loket/http';
import { SubmitReportRequest } from '../../reports/submit-report/submit-report.request';
import { SubmitReport } from '../../reports/submit-report/submit-report.use-case';
import { MailReportsAwaitingLocation } from '../awaiting-location/mail-reports-awaiting-location';
import { CompleteMailReportRequest, CompletedMailReportResponse, MailReportAwaitingLocationResponse } from './complete-mail-report.request';

const GONE = 'This link is not known: the report was completed already, or it waited too long and was forgotten';

/**
 * A mail report that waited for its place, seen and completed through the link in Loket's answer. Completing submits
 * it as any report (channel email, the reporter sealed when the mail came in, the mail's time as when it was seen),
 * and the waiting row goes in that same transaction: one link makes one report, however often it is used.
 */
@Injectable()
export class CompleteMailReport {
  constructor(
    private readonly awaiting: MailReportsAwaitingLocation,
    private readonly submitReport: SubmitReport,
  ) {}

  async show(token: string): Promise<MailReportAwaitingLocationResponse> {
    const report = await this.awaiting.findByToken(token);
    if (!report) throw ProblemException.notFound(GONE);
    return {
      description: report.description,
      receivedAt: report.receivedAt.toISOString(),
      expiresAt: report.expiresAt.toISOString(),
      photos: (await this.awaiting.photosOf(report.id)).length,
    };
  }

  async complete(token: string, place: CompleteMailReportRequest): Promise<CompletedMailReportResponse> {
    const report = await this.awaiting.findByToken(token);
    if (!report) throw ProblemException.notFound(GONE);
    const photos = await this.awaiting.photosOf(report.id);
    const request = plainToInstance(SubmitReportRequest, { description: report.description, location: { lat: place.lat, lon: place.lon }, language: report.language });
    return this.submitReport.executeWaiting(
      request,
      photos.map((bytes, i) => ({ name: `photo ${i + 1}`, bytes })),
      { channel: 'email', tier: 'anonymous' },
      { sealedReporter: report.sealedReporter, receivedAt: report.receivedAt, release: (tx) => this.awaiting.release(tx, report.id) },
    );
  }
}
