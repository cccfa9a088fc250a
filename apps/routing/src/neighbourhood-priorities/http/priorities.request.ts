import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, Matches } from 'class-validator';

/** `PUT /api/v1/neighbourhood-priorities/mine`: where you live and up to three themes, most important first. */
export class ChoosePrioritiesRequest {
  @ApiProperty({ example: 'BU99990103', description: 'The buurt (or resident-named custom area) you live in; see GET /api/v1/public/areas' })
  @Matches(/^[A-Za-z0-9_.:-]{1,64}$/, { message: 'areaId must be an area code' })
  areaId!: string;

  @ApiProperty({ type: [String], example: ['overlast', 'afval'], description: '1 to 3 main category codes, most important first' })
  @IsArray({ message: 'themes must be a list of category codes' })
  @ArrayMinSize(1, { message: 'themes: choose at least 1 theme' })
  @ArrayMaxSize(3, { message: 'themes: choose at most 3 themes' })
  @Matches(/^[a-z0-9-]{1,64}$/, { each: true, message: 'themes must be category codes' })
  themes!: string[];
}

export class MyPrioritiesResponse {
  @ApiPropertyOptional({ nullable: true, description: 'Your choice, or null when you have not chosen (or withdrew)' })
  choice!: { areaId: string; themes: string[] } | null;
}

export class ThemeTallyResponse {
  @ApiProperty({ example: 'overlast' }) theme!: string;
  @ApiProperty({ description: 'Fewer than 5 people ranked it (zero included): no figures' }) suppressed!: boolean;
  @ApiProperty({ nullable: true, type: Number }) people!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '3 per first place, 2 per second, 1 per third' }) points!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '1 is the most important visible theme' }) rank!: number | null;
}

export class NeighbourhoodPrioritiesResponse {
  @ApiProperty({ example: 'BU99990103' }) areaId!: string;
  @ApiProperty({ example: 'Raampoort' }) name!: string;
  @ApiProperty({ description: 'Fewer than 5 people answered for it (zero included): no figures' }) suppressed!: boolean;
  @ApiProperty({ nullable: true, type: Number }) respondents!: number | null;
  @ApiProperty({ type: [ThemeTallyResponse] }) themes!: ThemeTallyResponse[];
}

export class PrioritiesOverviewResponse {
  @ApiProperty({ example: 5 }) minimumPeople!: number;
  @ApiProperty({ type: [String] }) themes!: string[];
  @ApiProperty({ type: [NeighbourhoodPrioritiesResponse] }) neighbourhoods!: NeighbourhoodPrioritiesResponse[];
}
