import { MESSAGING_ENTITIES } from '@loket/messaging';
import { RetentionRecord } from '../retention/retention-record.entity';
import { ServiceSchema } from '@loket/persistence';
import { CaseNoteRecord } from '../case-links/case-note.entity';
import { CaseReportRecord } from '../case-links/case-report.entity';
import { CaseStageRecord } from '../case-links/case-stage.entity';
import { CaseRecord } from '../case-links/case.entity';
import { MessageRecord } from '../messages/message.entity';
import { ReporterRecord } from '../reporters/reporter.entity';
import { ContactDetailReadRecord } from '../contact-reads/contact-detail-read.entity';
import { ErasureRecord } from '../reporter-links/erasure-record.entity';
import { LinkRevocationRecord } from '../reporter-links/link-revocation.entity';
import { DataLinkRequestRecord } from '../reporter-links/data-link-request.entity';
import { SatisfactionAnswerRecord } from '../satisfaction/satisfaction-answer.entity';
import { FEEDBACK_MIGRATIONS } from './migrations';
import { ReporterQuestionAnswerRecord, ReporterQuestionRecord } from '../questions/reporter-question.entity';
import { DigestSubscriptionRecord } from '../neighbourhood-digest/digest-subscription.entity';
import { QuestionReplyAddressRecord } from '../questions/question-reply-address.entity';
import { PolicyAuditRecord } from '../disclosure-admin/policy-audit.entity';
import { PolicyVersionRecord } from '../disclosure-admin/policy-version.entity';

export const FEEDBACK_SCHEMA: ServiceSchema = {
  entities: [
    ReporterRecord, CaseRecord, CaseReportRecord, CaseStageRecord, CaseNoteRecord, MessageRecord, RetentionRecord,
    PolicyVersionRecord, PolicyAuditRecord, SatisfactionAnswerRecord, ContactDetailReadRecord, ErasureRecord,
    LinkRevocationRecord, DataLinkRequestRecord, ReporterQuestionRecord, ReporterQuestionAnswerRecord, DigestSubscriptionRecord, QuestionReplyAddressRecord,
    ...MESSAGING_ENTITIES,
  ],
  migrations: FEEDBACK_MIGRATIONS,
};
