import { Module } from '@nestjs/common';
import { ForgetReportWhenReporterForgotten } from './forgetting/forget-report-when-reporter-forgotten.handler';
import { AuthModule } from '@loket/auth';
import { HttpPlatformModule } from '@loket/http';
import { DeadLettersModule, MessagingModule } from '@loket/messaging';
import { PersistenceModule } from '@loket/persistence';
import { CategorySuggester, KnownWords } from '@loket/category-suggestion';
import { CategoryCatalogue } from './catalogue/category-catalogue';
import { CategoryChoiceService } from './catalogue/category-choice';
import { ActivateCategoryModel } from './catalogue/suggester-models/activate-category-model.use-case';
import { ActiveCategorySuggester } from './catalogue/suggester-models/active-category-suggester';
import { CategoryModelsQuery } from './catalogue/suggester-models/category-models.query';
import { EvaluateCategoryModel } from './catalogue/suggester-models/evaluate-category-model.use-case';
import { CategoryModelsController } from './catalogue/suggester-models/http/category-models.controller';
import { SuggesterTraining } from './catalogue/suggester-models/suggester-training';
import { SuggestionCorpus } from './catalogue/suggester-models/suggestion-corpus';
import { TrainCategoryModel } from './catalogue/suggester-models/train-category-model.use-case';
import { CloseCaseWhenCaseStatusChanged } from './cases/close-case-when-case-status-changed.handler';
import { FollowCase } from './cases/follow-case';
import { OpenCase } from './cases/open-case';
import { RouteReportWhenReportSubmitted } from './cases/route-report-when-report-submitted.handler';
import { ReassignCaseWhenCaseReferred } from './referral/reassign-case-when-case-referred.handler';
import { CaseLinker } from './linking/case-linker';
import { LinkReportToCase } from './linking/link-report-to-case';
import { CaseReportsQuery } from './linking/case-reports.query';
import { CasesController } from './linking/http/cases.controller';
import { LinkingModelsController } from './linking/http/linking-models.controller';
import { LinkingPrecisionController } from './linking/http/linking-precision.controller';
import { CategoryCorrectionsController } from './corrections/http/category-corrections.controller';
import { ActivateLinkingModel } from './linking/learning/activate-linking-model.use-case';
import { ActiveLinkingRules } from './linking/learning/active-linking-rules';
import { ConfirmLink } from './linking/learning/confirm-link.use-case';
import { CorrectionExamples } from './linking/learning/correction-examples';
import { EvaluateLinkingModel } from './linking/learning/evaluate-linking-model.use-case';
import { LinkingCorpus } from './linking/learning/linking-corpus';
import { LinkingModelsQuery } from './linking/learning/linking-models.query';
import { LinkingPrecisionQuery } from './linking/learning/linking-precision.query';
import { CategoryCorrectionsQuery } from './corrections/recategorise/category-corrections.query';
import { TrainLinkingModel } from './linking/learning/train-linking-model.use-case';
import { MergeCases } from './linking/merge-cases.use-case';
import { UnlinkReport } from './linking/unlink-report.use-case';
import { CatalogueController } from './catalogue/catalogue.controller';
import { CaseCorrectionsController } from './corrections/http/case-corrections.controller';
import { LinkReport } from './corrections/move-reports/link-report.use-case';
import { ReportMover } from './corrections/move-reports/report-mover';
import { SplitCase } from './corrections/move-reports/split-case.use-case';
import { RerouteCase } from './corrections/reroute/reroute-case.use-case';
import { ROUTING_SCHEMA } from './database/routing.schema';
import { AreaDirectory } from './areas/area-directory';
import { AreasAtController } from './areas/areas-at.controller';
import { AreasController } from './areas/areas.controller';
import { ImportAreas } from './areas/import-areas.use-case';
import { PreviewAreas } from './areas/preview-areas.use-case';
import { SeedDemoAreas } from './areas/seed-demo-areas';
import { AdminAudit } from './audit/admin-audit';
import { DeadLetterResolutionsInAdminAudit } from './dead-letters/dead-letter-resolutions-in-admin-audit';
import { DecisionsController } from './decisions/decisions.controller';
import { PoliciesController } from './policies/http/policies.controller';
import { PolicyHistoryController } from './policies/http/policy-history.controller';
import { CreateDraft } from './policies/manage/create-draft.use-case';
import { EditDraft } from './policies/manage/edit-draft.use-case';
import { PublishDraft } from './policies/manage/publish-draft.use-case';
import { RetireVersion } from './policies/manage/retire-version.use-case';
import { SimulateDraft } from './policies/manage/simulate-draft.use-case';
import { PolicyCatalogueSource } from './policies/policy-catalogue-source';
import { PolicyStore } from './policies/policy-store';
import { PublishedPolicy } from './policies/published-policy';
import { RoutingTimeZone } from './policies/routing-time-zone';
import { SeedDefaultPolicy } from './policies/seed-default-policy';
import { FindNearbyCases } from './public-cases/find-nearby-cases.use-case';
import { FindSimilarCases } from './public-cases/find-similar-cases.use-case';
import { PublicCasesController } from './public-cases/http/public-cases.controller';
import { NeighbourhoodDigestController } from './public-cases/digest/neighbourhood-digest.controller';
import { ShowNeighbourhoodDigest } from './public-cases/digest/show-neighbourhood-digest.use-case';
import { ListPublicCases } from './public-cases/list-public-cases.use-case';
import { Open311Controller } from './public-cases/open311/open311.controller';
import { ShowPublicCase } from './public-cases/show-public-case.use-case';
import { PublicAreasController } from './areas/public-areas.controller';
import { NeighbourhoodPrioritiesController } from './neighbourhood-priorities/http/neighbourhood-priorities.controller';
import { MyPriorities } from './neighbourhood-priorities/my-priorities.use-case';
import { PrioritiesSettings } from './neighbourhood-priorities/priorities.config';
import { PriorityThemes } from './neighbourhood-priorities/priority-themes';
import { ShowPriorities } from './neighbourhood-priorities/show-priorities.use-case';
import { PublicCasesQuery } from './public-cases/public-cases.query';
import { RoutingConfig, SERVICE } from './routing.config';
import { RoutingEventsController } from './routing-events.controller';
import { TaxonomyController } from './taxonomy/http/taxonomy.controller';
import { CreateTaxonomyDraft } from './taxonomy/manage/create-taxonomy-draft.use-case';
import { EditTaxonomyDraft } from './taxonomy/manage/edit-taxonomy-draft.use-case';
import { PublishTaxonomyDraft } from './taxonomy/manage/publish-taxonomy-draft.use-case';
import { SeedTaxonomyVersion } from './taxonomy/seed-taxonomy-version';
import { TaxonomyInForce } from './taxonomy/taxonomy-in-force';
import { TaxonomyIssues } from './taxonomy/taxonomy-issues';
import { TaxonomyStore } from './taxonomy/taxonomy-store';

export function routingModule(config: RoutingConfig) {
  @Module({
    imports: [
      HttpPlatformModule.forService(SERVICE),
      PersistenceModule.forService(config.database, ROUTING_SCHEMA),
      MessagingModule.forService(config.messaging),
      AuthModule.forRoot(config.auth),
      DeadLettersModule.forService({ audit: DeadLetterResolutionsInAdminAudit, providers: [AdminAudit], messaging: config.messaging }),
    ],
    controllers: [
      RoutingEventsController,
      DecisionsController,
      PoliciesController,
      PolicyHistoryController,
      TaxonomyController,
      AreasAtController,
      AreasController,
      CasesController,
      LinkingModelsController,
      CategoryModelsController,
      LinkingPrecisionController,
      CategoryCorrectionsController,
      CatalogueController,
      CaseCorrectionsController,
      PublicCasesController,
      NeighbourhoodDigestController,
      Open311Controller,
      PublicAreasController,
      NeighbourhoodPrioritiesController,
    ],
    providers: [
      { provide: CategoryCatalogue, useValue: new CategoryCatalogue() },
      { provide: CategorySuggester, useFactory: () => CategorySuggester.fromRepositoryExamples() },
      { provide: KnownWords, useFactory: () => KnownWords.fromRepositoryExamples() },
      CategoryChoiceService,
      SuggesterTraining,
      ActiveCategorySuggester,
      SuggestionCorpus,
      CategoryModelsQuery,
      TrainCategoryModel,
      EvaluateCategoryModel,
      ActivateCategoryModel,
      { provide: RoutingTimeZone, useValue: { value: config.timeZone } },
      PublishedPolicy,
      SeedDefaultPolicy,
      RouteReportWhenReportSubmitted,
      CloseCaseWhenCaseStatusChanged,
      ReassignCaseWhenCaseReferred,
      OpenCase,
      FollowCase,
      CaseLinker,
      ActiveLinkingRules,
      FindSimilarCases,
      CorrectionExamples,
      ConfirmLink,
      LinkingCorpus,
      LinkingModelsQuery,
      LinkingPrecisionQuery,
      CategoryCorrectionsQuery,
      TrainLinkingModel,
      EvaluateLinkingModel,
      ActivateLinkingModel,
      LinkReportToCase,
      ForgetReportWhenReporterForgotten,
      UnlinkReport,
      MergeCases,
      ReportMover,
      LinkReport,
      SplitCase,
      RerouteCase,
      CaseReportsQuery,
      AdminAudit,
      AreaDirectory,
      ImportAreas,
      PreviewAreas,
      SeedDemoAreas,
      PolicyStore,
      PolicyCatalogueSource,
      CreateDraft,
      EditDraft,
      PublishDraft,
      RetireVersion,
      SimulateDraft,
      TaxonomyStore,
      SeedTaxonomyVersion,
      TaxonomyInForce,
      TaxonomyIssues,
      CreateTaxonomyDraft,
      EditTaxonomyDraft,
      PublishTaxonomyDraft,
      PublicCasesQuery,
      ListPublicCases,
      ShowNeighbourhoodDigest,
      FindNearbyCases,
      ShowPublicCase,
      { provide: PrioritiesSettings, useValue: config.priorities },
      PriorityThemes,
      MyPriorities,
      ShowPriorities,
    ],
  })
  class RoutingModule {}
  return RoutingModule;
}
