import { MESSAGING_ENTITIES } from '@loket/messaging';
import { ServiceSchema } from '@loket/persistence';
import { AdminAuditRecord } from '../audit/admin-audit.entity';
import { AreaRecord } from '../areas/area.entity';
import { CaseReportRecord } from '../cases/case-report.entity';
import { CaseRecord } from '../cases/case.entity';
import { CategoryModelActivationRecord, CategoryModelRecord } from '../catalogue/suggester-models/category-model.entity';
import { CategoryCorrectionRecord } from '../corrections/recategorise/category-correction.entity';
import { LinkingExampleRecord } from '../linking/learning/linking-example.entity';
import { LinkingModelActivationRecord, LinkingModelRecord } from '../linking/learning/linking-model.entity';
import { ReportLinkRecord } from '../linking/report-link.entity';
import { NeighbourhoodPriorityRecord } from '../neighbourhood-priorities/neighbourhood-priority.entity';
import { RoutingDecisionRecord } from '../decisions/routing-decision.entity';
import { RoutingPolicyRecord } from '../policies/routing-policy.entity';
import { CaseReassignmentRecord } from '../referral/case-reassignment.entity';
import { TaxonomyVersionRecord } from '../taxonomy/taxonomy-version.entity';
import { ROUTING_MIGRATIONS } from './migrations';

export const ROUTING_SCHEMA: ServiceSchema = {
  entities: [AdminAuditRecord, AreaRecord, RoutingPolicyRecord, CaseRecord, CaseReportRecord, RoutingDecisionRecord, ReportLinkRecord, CaseReassignmentRecord, NeighbourhoodPriorityRecord, TaxonomyVersionRecord, LinkingExampleRecord, LinkingModelRecord, LinkingModelActivationRecord, CategoryCorrectionRecord, CategoryModelRecord, CategoryModelActivationRecord, ...MESSAGING_ENTITIES],
  migrations: ROUTING_MIGRATIONS,
};
