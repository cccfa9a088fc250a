import { MESSAGING_ENTITIES } from '@loket/messaging';
import { ServiceSchema } from '@loket/persistence';
import { ReportPhotoRecord } from '../photos/store/report-photo.entity';
import { IdempotencyRecord } from '../reports/idempotency/idempotency-record.entity';
import { ReportRecord } from '../reports/report.entity';
import { INTAKE_MIGRATIONS } from './migrations';

export const INTAKE_SCHEMA: ServiceSchema = {
  entities: [ReportRecord, ReportPhotoRecord, IdempotencyRecord, ...MESSAGING_ENTITIES],
  migrations: INTAKE_MIGRATIONS,
};
