import { MESSAGING_ENTITIES } from '@loket/messaging';
import { ServiceSchema } from '@loket/persistence';
import { ReportPhotoRecord } from '../photos/store/report-photo.entity';
import { IdempotencyKeyRecord } from '../reports/idempotency-key.entity';
import { ReportRecord } from '../reports/report.entity';
import { INTAKE_MIGRATIONS } from './migrations';

export const INTAKE_SCHEMA: ServiceSchema = {
  entities: [ReportRecord, ReportPhotoRecord, IdempotencyKeyRecord, ...MESSAGING_ENTITIES],
  migrations: INTAKE_MIGRATIONS,
};
