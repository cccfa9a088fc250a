import { CaseAddressKeyRecord } from '../agencies/case-address-key.entity';
import { AuditChainHeadRecord } from '../audit/persistence/audit-chain-head.entity';
import { AuditLogEntryRecord } from '../audit/persistence/audit-log-entry.entity';
import { ParkedLinkedReportRecord } from '../cases/link-report/parked-linked-report.entity';
import { MESSAGING_ENTITIES } from '@loket/messaging';
import { ServiceSchema } from '@loket/persistence';
import { CaseNoteRecord } from '../cases/persistence/case-note.entity';
import { CaseReportRecord } from '../cases/persistence/case-report.entity';
import { CaseTimelineEntryRecord } from '../cases/persistence/case-timeline-entry.entity';
import { CaseRecord } from '../cases/persistence/case.entity';
import { CaseReferralRecord } from '../cases/referral/case-referral.entity';
import { ProfessionalRecord } from '../directory/professional.entity';
import { ReopenRequestRecord } from '../triage/reopen-request.entity';
import { INSIGHT_ENTITIES } from '../insights/projection/insight-records.entity';
import { ReplyLibraryVersionRecord } from '../ready-made-replies/reply-library-version.entity';
import { ReporterAnswerRecord, ReporterQuestionRecord } from '../cases/ask-reporter/reporter-question.entity';
import { WEBHOOK_ENTITIES } from '../webhooks/persistence/webhook-entities';
import { WORKBENCH_MIGRATIONS } from './migrations';

export const WORKBENCH_SCHEMA: ServiceSchema = {
  entities: [ParkedLinkedReportRecord, CaseRecord, ReporterQuestionRecord, ReporterAnswerRecord, CaseReportRecord, CaseNoteRecord, CaseTimelineEntryRecord, CaseReferralRecord, ReopenRequestRecord, ProfessionalRecord, AuditLogEntryRecord, AuditChainHeadRecord, CaseAddressKeyRecord, ReplyLibraryVersionRecord, ...INSIGHT_ENTITIES, ...WEBHOOK_ENTITIES, ...MESSAGING_ENTITIES],
  migrations: WORKBENCH_MIGRATIONS,
  // the audit chain: its runtime account may only read and add entries (and an owner's trigger refuses the rest)
  appendOnlyTables: ['audit_log_entries'],
};
