import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '@loket/http';
import { AreaDirectory } from './area-directory';
import { AreaRecord } from './area.entity';

export class PublicAreaResponse {
  @ApiProperty({ example: 'BU99990103' }) code!: string;
  @ApiProperty({ example: 'Raampoort' }) name!: string;
  @ApiProperty({ enum: ['wijk', 'buurt', 'custom'] }) kind!: string;
  @ApiProperty({ type: [Number], example: [4.88, 52.36, 4.89, 52.37], description: 'minLon, minLat, maxLon, maxLat' })
  bbox!: [number, number, number, number];
}

/** The municipality's areas by name, for the public map's filter and for choosing where you live; no geometry. */
@ApiTags('areas', 'public')
@Public()
@Controller('api/v1/public/areas')
export class PublicAreasController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly areas: AreaDirectory,
  ) {}

  @Get()
  @ApiOkResponse({ type: [PublicAreaResponse] })
  async list(): Promise<PublicAreaResponse[]> {
    const index = await this.areas.index(this.dataSource.manager);
    const records = await this.dataSource.getRepository(AreaRecord).find({ select: { id: true, name: true, kind: true }, order: { name: 'ASC', id: 'ASC' } });
    return records.flatMap(({ id, name, kind }) => {
      const area = index.get(id);
      return area ? [{ code: id, name, kind, bbox: [...area.bbox] as [number, number, number, number] }] : [];
    });
  }
}
