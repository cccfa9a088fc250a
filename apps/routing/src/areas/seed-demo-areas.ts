import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { demoAreasGeoJson } from '@loket/area-index';
import { AreaRecord } from './area.entity';
import { ImportAreas } from './import-areas.use-case';

/** On a fresh database, imports the demo municipality's neighbourhoods and custom areas. */
@Injectable()
export class SeedDemoAreas implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedDemoAreas.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly importAreas: ImportAreas,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.dataSource.getRepository(AreaRecord).count()) > 0) return;
    const result = await this.importAreas.execute(null, demoAreasGeoJson());
    this.logger.log(`imported ${result.imported} demo areas`);
  }
}
