import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DEFAULT_PUBLIC_PAGE, MAX_PUBLIC_PAGE } from '../http/public-cases.request';

const wholeNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value);

export class Open311LocaleQuery {
  @ApiPropertyOptional({ enum: ['nl', 'en'], default: 'nl', description: 'Language of service names' })
  @IsOptional()
  @IsIn(['nl', 'en'], { message: 'locale must be nl or en' })
  locale?: 'nl' | 'en';
}

/** `GET /api/v1/open311/requests.json`: Open311 filters, mapped onto the public map's (same query, same privacy). */
export class Open311RequestsQuery extends Open311LocaleQuery {
  @ApiPropertyOptional({ example: 'grofvuil', description: 'A service code from services.json (a main or sub category)' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'service_code must be a service code from services.json' })
  service_code?: string;

  @ApiPropertyOptional({ example: 'open', description: 'open, closed or both (comma-separated); only open requests are published' })
  @IsOptional()
  @Matches(/^(open|closed)(,(open|closed))?$/, { message: 'status must be open, closed or open,closed' })
  status?: string;

  @ApiPropertyOptional({ example: 'BU99990103', description: 'Loket extension: an area code (see /api/v1/public/areas)' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'area must be an area code' })
  area?: string;

  @ApiPropertyOptional({ example: '4.86,52.35,4.93,52.39', description: 'Loket extension: minLon,minLat,maxLon,maxLat (WGS84)' })
  @IsOptional()
  @Matches(/^-?\d{1,3}(\.\d+)?(,-?\d{1,3}(\.\d+)?){3}$/, { message: 'bbox must be minLon,minLat,maxLon,maxLat' })
  bbox?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1, description: 'Loket extension: the page, from 1' })
  @IsOptional()
  @Transform(wholeNumber)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ default: DEFAULT_PUBLIC_PAGE, minimum: 1, maximum: MAX_PUBLIC_PAGE, description: 'Loket extension' })
  @IsOptional()
  @Transform(wholeNumber)
  @IsInt({ message: 'page_size must be a whole number' })
  @Min(1)
  @Max(MAX_PUBLIC_PAGE)
  page_size?: number;
}
