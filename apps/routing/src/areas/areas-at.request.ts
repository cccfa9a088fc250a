import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNumber, Max, Min } from 'class-validator';

/** A query-string coordinate as a number; anything else is left for the validators to name. */
export const decimal = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d{1,3}(\.\d{1,20})?$/.test(value.trim()) ? Number(value) : value;

/** A WGS84 point in a query string (`?lat=&lon=`), for every route that asks about a place. */
export class PointQuery {
  @ApiProperty({ example: 52.3702 })
  @Transform(decimal)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lat must be a number' })
  @Min(-90)
  @Max(90)
  lat!: number;

  @ApiProperty({ example: 4.8952 })
  @Transform(decimal)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lon must be a number' })
  @Min(-180)
  @Max(180)
  lon!: number;
}

/** `GET /api/v1/areas/at?lat=&lon=`. */
export class AreasAtQuery extends PointQuery {}

export class AreaAtResponse {
  @ApiProperty({ example: 'BU99990103' }) code!: string;
  @ApiProperty({ example: 'Raampoort' }) name!: string;
  @ApiProperty({ enum: ['buurt', 'wijk', 'custom'] }) kind!: string;
}

export class AreasAtResponse {
  @ApiProperty({ description: 'Whether the point lies in any area of the municipality' }) inside!: boolean;
  @ApiProperty({ type: [AreaAtResponse], description: 'Wijk first, then buurt, then custom areas' }) areas!: AreaAtResponse[];
}
