import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReportSubmittedV1 } from '@loket/contracts';
import { AreaDirectory } from '../areas/area-directory';
import { ActiveCategorySuggester } from '../catalogue/suggester-models/active-category-suggester';
import { CategoryChoiceService } from '../catalogue/category-choice';
import { CaseLinker } from '../linking/case-linker';
import { incomingReportOf } from '../linking/incoming-report';
import { LinkReportToCase } from '../linking/link-report-to-case';
import { FollowCase } from './follow-case';
import { OpenCase } from './open-case';
import { routableOf } from './routable-report';

/**
 * A submitted report: a follow joins the case it names (see FollowCase). Otherwise, when it concerns the same incident as an open case, it joins that case; otherwise the
 * published policy decides who acts and a new case opens (marked when it may be related to open cases).
 */
@Injectable()
export class RouteReportWhenReportSubmitted {
  constructor(
    private readonly categories: CategoryChoiceService,
    private readonly suggester: ActiveCategorySuggester,
    private readonly areas: AreaDirectory,
    private readonly linker: CaseLinker,
    private readonly openCase: OpenCase,
    private readonly linkReport: LinkReportToCase,
    private readonly follow: FollowCase,
  ) {}

  async handle(submitted: ReportSubmittedV1, tx: EntityManager): Promise<void> {
    const { follows } = submitted;
    if (follows !== undefined) return this.follow.execute(tx, { ...submitted, follows });
    const report = routableOf(submitted);
    const { category, note, suggestion } = this.categories.choose(report, await this.suggester.current(tx));
    const areaIds = await this.areas.areasAt(tx, report.location.lon, report.location.lat);
    const incoming = incomingReportOf(report, category);
    const link = await this.linker.decide(tx, incoming);
    if (link.decision === 'link') {
      return this.linkReport.execute(tx, { report, areaIds, caseId: link.caseId, score: link.score, explanation: link.explanation.text });
    }
    await this.openCase.execute(tx, {
      report,
      category,
      areaIds,
      categoryNote: note,
      ...(suggestion ? { categorySuggestion: suggestion } : {}),
      possiblyRelatedCaseIds: link.decision === 'possibly-related' ? [...link.caseIds] : [],
    });
  }
}
