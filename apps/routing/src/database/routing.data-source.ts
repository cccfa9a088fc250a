// The data source of the migration CLI (`npm run migration:generate -- routing <Name>`); the app uses the same options.
import 'reflect-metadata';
import { createServiceDataSource, databaseConfigFromEnv } from '@loket/persistence';
import { ROUTING_SCHEMA } from './routing.schema';

export default createServiceDataSource(databaseConfigFromEnv('routing'), ROUTING_SCHEMA);
