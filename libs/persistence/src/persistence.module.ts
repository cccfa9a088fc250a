import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReadinessRegistry } from '@loket/http';
import { DatabaseConfig } from './database.config';
import { ensureDatabase } from './ensure-database';
import { serviceDataSourceOptions, ServiceSchema } from './service-data-source';

/** The service's database: created if missing, migrated at start, and part of readiness. */
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
          useFactory: () => ({ ...serviceDataSourceOptions(config, schema), migrationsRun: true }),
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('no data source options');
            await ensureDatabase(config);
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
