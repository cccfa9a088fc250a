import { Transform } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const wholeNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value);

export class Open311LocaleQuery {
  /** Loket extension: the language of service names (nl by default). */
  @IsOptional()
  @IsIn(['nl', 'en'], { message: 'locale must be nl or en' })
  locale?: 'nl' | 'en';

  /** GeoReport v2: accepted; Loket serves one jurisdiction. */
  @IsOptional()
  @IsString()
  jurisdiction_id?: string;
}

/** `GET /open311/v2/requests.json`: GeoReport v2's filters, plus routing feed's area, bbox, page and page_size. */
export class Open311RequestsQuery extends Open311LocaleQuery {
  /** Comma-separated ids; when given, the other filters are ignored (as the spec says). */
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}(,[0-9a-f-]{36}){0,49}$/i, { message: 'service_request_id must be up to 50 comma-separated request ids' })
  service_request_id?: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'service_code must be a service code from services.json' })
  service_code?: string;

  @IsOptional()
  @IsDateString({}, { message: 'start_date must be a w3 date-time' })
  start_date?: string;

  @IsOptional()
  @IsDateString({}, { message: 'end_date must be a w3 date-time' })
  end_date?: string;

  @IsOptional()
  @Matches(/^(open|closed)(,(open|closed))?$/, { message: 'status must be open, closed or open,closed' })
  status?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'area must be an area code' })
  area?: string;

  @IsOptional()
  @Matches(/^-?\d{1,3}(\.\d+)?(,-?\d{1,3}(\.\d+)?){3}$/, { message: 'bbox must be minLon,minLat,maxLon,maxLat' })
  bbox?: string;

  @IsOptional()
  @Transform(wholeNumber)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  @Max(10_000)
  page?: number;

  @IsOptional()
  @Transform(wholeNumber)
  @IsInt({ message: 'page_size must be a whole number' })
  @Min(1)
  @Max(500)
  page_size?: number;
}
