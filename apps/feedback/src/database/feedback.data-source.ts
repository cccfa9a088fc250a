// The data source of the migration CLI (`tools/db/generate-migration.sh feedback <Name>`); the app uses the same options.
import 'reflect-metadata';
import { createServiceDataSource, databaseConfigFromEnv } from '@loket/persistence';
import { FEEDBACK_SCHEMA } from './feedback.schema';

export default createServiceDataSource(databaseConfigFromEnv('feedback'), FEEDBACK_SCHEMA);
