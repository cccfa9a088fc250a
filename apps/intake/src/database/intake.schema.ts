import { ReceivedCategoryModelRecord } from '../category-suggestions/received-category-model.entity';
import { MESSAGING_ENTITIES } from '@loket/messaging';
import { ServiceSchema } from '@loket/persistence';
import { IntakeAdminAuditRecord, Open311ClientRecord } from '../open311/api-keys/open311-client.entity';
import { ReportPhotoRecord } from '../photos/store/report-photo.entity';
import { IdempotencyRecord } from '../reports/idempotency/idempotency-record.entity';
import { ReportRecord } from '../reports/report.entity';
import { ReceivedTaxonomyRecord } from '../taxonomy/received-taxonomy.entity';
import { INTAKE_MIGRATIONS } from './migrations';
import {
  MailMessageReceivedRecord, MailReportAwaitingLocationRecord, MailReportPhotoAwaitingLocationRecord,
} from '../mail-intake/awaiting-location/mail-report-awaiting-location.entity';

export const INTAKE_SCHEMA: ServiceSchema = {
  entities: [ReportRecord, ReportPhotoRecord, IdempotencyRecord, Open311ClientRecord, IntakeAdminAuditRecord, ReceivedTaxonomyRecord, ReceivedCategoryModelRecord,
    MailReportAwaitingLocationRecord, MailReportPhotoAwaitingLocationRecord, MailMessageReceivedRecord, ...MESSAGING_ENTITIES],
  migrations: INTAKE_MIGRATIONS,
};
