import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

export class RerouteCaseRequest {
  @ApiPropertyOptional({ description: 'The organisation to send the case to (catalogue code). Absent with a team: the current organisation; absent without: the published policy decides again', example: 'police' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  organisation?: string;

  @ApiPropertyOptional({ description: "A team of that organisation (catalogue code); absent: the team the policy's rule names", example: 'wijkagenten' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  team?: string;

  @ApiPropertyOptional({ description: "The category the case is really about (taxonomy code), when it was filed under the wrong one; the case takes it and its sensitivity, and the published policy decides on it unless an organisation or team is named", example: 'woning' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  category?: string;

  @ApiPropertyOptional({ description: 'A subcategory of that category (taxonomy code); only with a category', example: 'schimmel' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  subcategory?: string;

  @ApiProperty({ description: 'Why the case was misrouted', maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  reason!: string;
}

export class LinkReportRequest {
  @ApiProperty({ description: 'Why the report is about this incident', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class SplitCaseRequest {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The reports that concern another incident; they move to one new case (the oldest opens it). Not all of the case\'s reports' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  reportIds!: string[];

  @ApiProperty({ description: 'Why these reports are about another incident', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
