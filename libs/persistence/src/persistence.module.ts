import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReadinessRegistry } from '@loket/http';
import { DatabaseConfig } from './database.config';
import { ensureDatabase } from './ensure-database';
import { prepareDatabase } from './runtime-role/prepare-database';
import { serviceDataSourceOptions, ServiceSchema } from './service-data-source';

/**
 * The service's database: created if missing, migrated at start (by its owner, when the service works as a
 * runtime account of its own), and part of readiness.
 */
@Module({})
export class PersistenceModule implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readiness: ReadinessRegistry,
  ) {}

  static forService(config: DatabaseConfig, schema: ServiceSchema): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          // with a separate owner the owner migrates (prepareDatabase) and the service works as its runtime account
          useFactory: () => ({ ...serviceDataSourceOptions(config, schema), migrationsRun: !config.migrator }),
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('no data source options');
            if (config.migrator) await prepareDatabase(config, schema);
            else await ensureDatabase(config);
            return new DataSource(options).initialize();
          },
        }),
      ],
    };
  }

  onModuleInit(): void {
    this.readiness.register({ name: 'database', check: async () => void (await this.dataSource.query('SELECT 1')) });
  }
}
