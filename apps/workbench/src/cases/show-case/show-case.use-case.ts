import { Injectable } from '@nestjs/common';
import type { Principal } from '@loket/auth';
import { CaseAccess } from '../case-access';
import { CaseJournal } from '../persistence/case-journal';
import { CaseRepository } from '../persistence/case-repository';
import { CaseFileResponse, toCaseFile } from './case-file.response';

/** The case file, with only the notes and timeline entries the caller's organisation may read. */
@Injectable()
export class ShowCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly cases: CaseRepository,
    private readonly journal: CaseJournal,
  ) {}

  async execute(principal: Principal, caseId: string): Promise<CaseFileResponse> {
    const record = await this.access.requireCase(principal, caseId);
    const [reports, notes, timeline] = await Promise.all([
      this.cases.reportsOf(record.id),
      this.journal.notesFor(record.id, principal.organisation),
      this.journal.timelineFor(record.id, principal.organisation),
    ]);
    return toCaseFile({ record, reports, notes, timeline });
  }
}
