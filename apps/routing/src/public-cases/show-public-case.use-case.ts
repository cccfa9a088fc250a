import { Injectable } from '@nestjs/common';
import { ProblemException } from '@loket/http';
import { PublicCase, toPublicCase } from './public-case';
import { PublicCasesQuery } from './public-cases.query';

/** One open public case (e.g. to follow it); not found when it is closed, sensitive or unknown alike. */
@Injectable()
export class ShowPublicCase {
  constructor(private readonly cases: PublicCasesQuery) {}

  async execute(caseId: string): Promise<PublicCase> {
    const [row] = await this.cases.find({ caseId, limit: 1, offset: 0 });
    const view = row ? toPublicCase(row, this.cases.sensitivityOf) : null;
    if (!view) throw ProblemException.notFound(`No open public case ${caseId}: it is closed, not shown in public, or unknown`);
    return view;
  }

  /**
   * The open public case a report belongs to (an Open311 client that submitted it asks with its token); not found
   * alike while the report is not routed yet and when its case is closed or not shown in public.
   */
  async ofReport(reportId: string): Promise<PublicCase> {
    const [row] = await this.cases.find({ reportId, limit: 1, offset: 0 });
    const view = row ? toPublicCase(row, this.cases.sensitivityOf) : null;
    if (!view) throw ProblemException.notFound(`No open public case holds report ${reportId} (yet)`);
    return view;
  }
}
