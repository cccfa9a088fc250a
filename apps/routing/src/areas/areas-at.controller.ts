import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '@loket/http';
import { AreaDirectory } from './area-directory';
import { AreasAtQuery, AreasAtResponse } from './areas-at.request';

const KIND_ORDER: Record<string, number> = { wijk: 0, buurt: 1, custom: 2 };

/** Which of the municipality's areas a point lies in: for the report form ("outside our areas") and the map. */
@ApiTags('areas')
@Public()
@Controller('api/v1/areas/at')
export class AreasAtController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly areas: AreaDirectory,
  ) {}

  @Get()
  @ApiOkResponse({ type: AreasAtResponse })
  async at(@Query() query: AreasAtQuery): Promise<AreasAtResponse> {
    const index = await this.areas.index(this.dataSource.manager);
    const areas = index
      .areasAt(query.lon, query.lat)
      .map((id) => index.get(id))
      .filter((area) => area !== undefined)
      .map(({ id, name, kind }) => ({ code: id, name, kind }))
      .sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || a.code.localeCompare(b.code));
    return { inside: areas.length > 0, areas };
  }
}
