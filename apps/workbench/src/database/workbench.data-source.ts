// The data source of the migration CLI (`tools/db/generate-migration.sh workbench <Name>`); the app uses the same options.
import 'reflect-metadata';
import { createServiceDataSource, databaseConfigFromEnv } from '@loket/persistence';
import { WORKBENCH_SCHEMA } from './workbench.schema';

export default createServiceDataSource(databaseConfigFromEnv('workbench'), WORKBENCH_SCHEMA);
