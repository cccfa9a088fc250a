import { readIsOversight } from '@loket/need-to-know';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AuditTrail } from '../../audit/audit-trail';
import { CaseAccess } from '../case-access';
import { CaseRepository } from '../persistence/case-repository';
import { withinCutOff } from '../referral/readable-case';
import { IntakePhotos, PhotoContent } from './intake-photos';

/**
 * A photo of a report of a case, for a professional who may read the case file: access to the case first (a
 * 404 as for a missing case otherwise), then the photo must be one of that report's in this case file (up to
 * a referral, for the organisation that referred it away). Every view is in the audit log.
 */
@Injectable()
export class ShowPhoto {
  constructor(
    private readonly access: CaseAccess,
    private readonly cases: CaseRepository,
    private readonly audit: AuditTrail,
    private readonly intake: IntakePhotos,
  ) {}

  async execute(principal: Principal, caseId: string, reportId: string, photoId: string): Promise<PhotoContent> {
    const { record, cutOff } = await this.access.readableCase(principal, caseId);
    const report = (await this.cases.reportsOf(record.id)).find((r) => r.reportId === reportId && withinCutOff(r.linkedAt, cutOff));
    if (!report?.photos.some((p) => p.photoId === photoId)) throw ProblemException.notFound(`No photo ${photoId} in report ${reportId} of case ${caseId}`);
    await this.audit.recordRead(principal, { action: 'case.photo-read', caseId: record.id, details: { reportId, photoId, oversight: readIsOversight(principal, record) } });
    const photo = await this.intake.fetch(reportId, photoId);
    if (!photo) throw ProblemException.notFound(`Photo ${photoId} is no longer kept`);
    return photo;
  }
}
