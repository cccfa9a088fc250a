import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ProblemException, Public, RateLimited, RateLimitGuard } from '@loket/http';
import { GeocodeResult, Geocoder, GeocoderUnavailableError } from '../geocoder';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const wholeNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : value);

export class GeocoderSearchQuery {
  @ApiProperty({ example: 'Dorpsstraat 12', description: 'A street (and number), a postcode (and number), or a neighbourhood' })
  @Transform(trim)
  @IsString()
  @Length(2, 100, { message: 'q must be 2 to 100 characters' })
  q!: string;

  @ApiPropertyOptional({ default: 8, minimum: 1, maximum: 20 })
  @IsOptional()
  @Transform(wholeNumber)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(20)
  limit?: number;
}

export class GeocodeResultResponse implements GeocodeResult {
  @ApiProperty({ example: 'Dorpsstraat 12, 1901 AB Demostad' }) label!: string;
  @ApiProperty({ example: 52.3731 }) lat!: number;
  @ApiProperty({ example: 4.8922 }) lon!: number;
}

/** Address and postcode look-up for the report form's "where", through the geocoder configured. */
@ApiTags('geocoder')
@Public()
@RateLimited('geocoder')
@UseGuards(RateLimitGuard)
@Controller('api/v1/geocoder')
export class GeocoderController {
  constructor(private readonly geocoder: Geocoder) {}

  @Get('search')
  @ApiOkResponse({ type: [GeocodeResultResponse] })
  async search(@Query() query: GeocoderSearchQuery): Promise<GeocodeResult[]> {
    try {
      return await this.geocoder.search(query.q, query.limit ?? 8);
    } catch (error) {
      if (!(error instanceof GeocoderUnavailableError)) throw error;
      throw new ProblemException(503, 'geocoder-unavailable', 'Service unavailable', 'Address look-up is not available right now; place the pin on the map instead');
    }
  }
}
