import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AreaKind, areasToFeatureCollection, isAreaKind } from '@loket/area-index';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AreaDirectory } from './area-directory';
import { AreaRecord } from './area.entity';
import { ImportAreas, ImportResult } from './import-areas.use-case';
import { AreaPreview, PreviewAreas } from './preview-areas.use-case';

export interface AreaSummary {
  id: string;
  name: string;
  kind: string;
}

/** Neighbourhoods and custom areas: administrators import them; coordinators may look. */
@ApiTags('areas')
@ApiBearerAuth()
@Roles('admin', 'coordinator')
@Controller('api/v1/areas')
export class AreasController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly importAreas: ImportAreas,
    private readonly previewAreas: PreviewAreas,
    private readonly directory: AreaDirectory,
  ) {}

  /** Publishes the upload (all or nothing); a 400 lists every problem, as the preview does. */
  @Post('import')
  @Roles('admin')
  @ApiBody({ description: 'A GeoJSON FeatureCollection of Polygon/MultiPolygon features with id (or properties.code), properties.name and properties.kind' })
  @ApiQuery({ name: 'kind', required: false, enum: ['buurt', 'wijk', 'custom'] })
  import(@CurrentPrincipal() actor: Principal, @Body() collection: unknown, @Query('kind') kind?: string): Promise<ImportResult> {
    return this.importAreas.execute(actor, collection, kindOf(kind));
  }

  /** The upload checked feature by feature for a map, against the areas in force; nothing is stored. */
  @Post('preview')
  @Roles('admin')
  @HttpCode(200)
  @ApiBody({ description: 'The same FeatureCollection as for import' })
  @ApiQuery({ name: 'kind', required: false, enum: ['buurt', 'wijk', 'custom'] })
  preview(@Body() collection: unknown, @Query('kind') kind?: string): Promise<AreaPreview> {
    return this.previewAreas.execute(collection, kindOf(kind));
  }

  /** The areas in force with their geometry, as one GeoJSON FeatureCollection for a map. */
  @Get('feature-collection')
  async featureCollection(): Promise<unknown> {
    return areasToFeatureCollection((await this.directory.index(this.dataSource.manager)).all());
  }

  @Get()
  async list(): Promise<AreaSummary[]> {
    const records = await this.dataSource.getRepository(AreaRecord).find({ order: { kind: 'ASC', id: 'ASC' } });
    return records.map(({ id, name, kind }) => ({ id, name, kind }));
  }

  @Get(':id')
  async show(@Param('id') id: string): Promise<AreaSummary & { geometry: unknown }> {
    const record = await this.dataSource.getRepository(AreaRecord).findOneBy({ id });
    if (!record) throw ProblemException.notFound(`No area ${id}`);
    return { id: record.id, name: record.name, kind: record.kind, geometry: record.geometry };
  }
}

function kindOf(kind: string | undefined): AreaKind | undefined {
  if (kind !== undefined && !isAreaKind(kind)) throw ProblemException.badRequest('kind must be buurt, wijk or custom');
  return kind;
}
