import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import type { CaseStatus } from '@loket/contracts';
import { PointQuery } from '../../areas/areas-at.request';

const CODE = /^[a-z0-9-]{1,64}$/;
const wholeNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value);

export const DEFAULT_PUBLIC_PAGE = 100;
export const MAX_PUBLIC_PAGE = 500;
export const DEFAULT_NEARBY_RADIUS = 300;
export const DEFAULT_NEARBY_LIMIT = 5;

/** `GET /api/v1/public/cases`: filters by area, category and box; a bounded page, newest first. */
export class PublicCasesQuery {
  @ApiPropertyOptional({ example: 'BU99990103', description: 'An area code (buurt, wijk or custom area): only cases inside it' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'area must be an area code' })
  area?: string;

  @ApiPropertyOptional({ example: 'afval', description: 'A main or sub category code' })
  @IsOptional()
  @Matches(CODE, { message: 'category must be a category code' })
  category?: string;

  @ApiPropertyOptional({ example: '4.86,52.35,4.93,52.39', description: 'minLon,minLat,maxLon,maxLat (WGS84)' })
  @IsOptional()
  @Matches(/^-?\d{1,3}(\.\d+)?(,-?\d{1,3}(\.\d+)?){3}$/, { message: 'bbox must be minLon,minLat,maxLon,maxLat' })
  bbox?: string;

  @ApiPropertyOptional({ default: DEFAULT_PUBLIC_PAGE, minimum: 1, maximum: MAX_PUBLIC_PAGE })
  @IsOptional()
  @Transform(wholeNumber)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(MAX_PUBLIC_PAGE)
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Transform(wholeNumber)
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0)
  @Max(100_000)
  offset?: number;
}

/** `GET /api/v1/public/cases/nearby`: open cases of the same main category around a point, nearest first. */
export class NearbyCasesQuery extends PointQuery {
  @ApiProperty({ example: 'afval', description: 'A main or sub category code; cases of its main category are shown' })
  @Matches(CODE, { message: 'category must be a category code' })
  category!: string;

  @ApiPropertyOptional({ default: DEFAULT_NEARBY_RADIUS, minimum: 10, maximum: 1000, description: 'metres' })
  @IsOptional()
  @Transform(wholeNumber)
  @IsInt({ message: 'radius must be a whole number of metres' })
  @Min(10)
  @Max(1000)
  radius?: number;

  @ApiPropertyOptional({ default: DEFAULT_NEARBY_LIMIT, minimum: 1, maximum: 20 })
  @IsOptional()
  @Transform(wholeNumber)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(20)
  limit?: number;
}

export class PublicCaseResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'afval' }) category!: string;
  @ApiPropertyOptional({ example: 'grofvuil' }) subcategory?: string;
  @ApiProperty({ example: 'in_progress', enum: ['new', 'assigned', 'in_progress', 'waiting', 'referred', 'resolved'] }) status!: CaseStatus;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ description: 'The first report, redacted: e-mail addresses, phone numbers, postcode+number removed' }) description!: string;
  @ApiProperty({ description: 'Exact for public space (sensitivity 1); a ~100 m grid cell centre for nuisance (2)' }) lat!: number;
  @ApiProperty() lon!: number;
  @ApiProperty({ minimum: 1 }) reportCount!: number;
}

export class NearbyCaseResponse extends PublicCaseResponse {
  @ApiProperty({ description: 'Metres from the given point to the (public) place of the case' }) distanceMetres!: number;
}

export const DEFAULT_SIMILAR_LIMIT = 3;

/**
 * `POST /api/v1/public/cases/similar`: what a resident is typing, to ask "is it one of these?" before submitting.
 * A POST so the text never lands in an address, a log line or a browser history.
 */
export class SimilarCasesRequest {
  @ApiProperty({ example: 52.3702 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lat must be a number' })
  @Min(-90)
  @Max(90)
  lat!: number;

  @ApiProperty({ example: 4.8952 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lon must be a number' })
  @Min(-180)
  @Max(180)
  lon!: number;

  @ApiProperty({ example: 'grofvuil', description: 'A main or sub category code: what the resident chose' })
  @Matches(CODE, { message: 'category must be a category code' })
  category!: string;

  @ApiProperty({ example: 'Een oude bank en een matras naast de container', minLength: 3, maxLength: 2000 })
  @IsString()
  @Length(3, 2000)
  description!: string;

  @ApiPropertyOptional({ default: DEFAULT_SIMILAR_LIMIT, minimum: 1, maximum: 10 })
  @IsOptional()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(10)
  limit?: number;
}

export class SimilarCaseResponse extends NearbyCaseResponse {
  @ApiProperty({ enum: ['probably-same', 'possibly-same'], description: "The linker's judgement: at or above its link threshold, or in its grey zone" })
  likelihood!: 'probably-same' | 'possibly-same';

  @ApiProperty({ type: [String], description: "Words the resident's text shares with the case's public description" })
  sharedWords!: string[];
}
