// The data source of the migration CLI (`npm run migration:generate -- intake <Name>`); the app uses the same options.
import 'reflect-metadata';
import { createServiceDataSource, databaseConfigFromEnv } from '@loket/persistence';
import { INTAKE_SCHEMA } from './intake.schema';

export default createServiceDataSource(databaseConfigFromEnv('intake'), INTAKE_SCHEMA);
