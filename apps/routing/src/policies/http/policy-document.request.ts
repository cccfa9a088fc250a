import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested,
} from 'class-validator';

const CODE = /^[a-z0-9-]{1,64}$/;

export class SlaRequest {
  @IsNumber()
  @Min(0)
  @Max(10_000)
  amount!: number;

  @IsIn(['hours', 'days'])
  unit!: 'hours' | 'days';

  @IsIn(['working', 'calendar'])
  calendar!: 'working' | 'calendar';
}

export class OutcomeRequest {
  @Matches(CODE)
  organisation!: string;

  @Matches(CODE)
  team!: string;

  @IsIn(['low', 'normal', 'high', 'urgent'])
  priority!: 'low' | 'normal' | 'high' | 'urgent';

  @ValidateNested()
  @Type(() => SlaRequest)
  sla!: SlaRequest;
}

export class TimeWindowRequest {
  @IsOptional()
  @IsArray()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(6, { each: true })
  days?: number[];

  @IsOptional()
  @Matches(/^([01]\d|2[0-4]):[0-5]\d$/)
  from?: string;

  @IsOptional()
  @Matches(/^([01]\d|2[0-4]):[0-5]\d$/)
  to?: string;
}

export class ConditionsRequest {
  @IsOptional()
  @IsArray()
  @Matches(CODE, { each: true })
  categories?: string[];

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  areas?: string[];

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => TimeWindowRequest)
  timeWindows?: TimeWindowRequest[];

  @IsOptional()
  @IsIn(['anonymous', 'resident', 'volunteer', 'professional'], { each: true })
  reporterTiers?: ('anonymous' | 'resident' | 'volunteer' | 'professional')[];

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  keywords?: string[];

  @IsOptional()
  @IsIn(['low', 'normal', 'high', 'urgent'], { each: true })
  priorities?: ('low' | 'normal' | 'high' | 'urgent')[];
}

export class RuleRequest {
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/)
  id!: string;

  @IsString()
  @Length(1, 200)
  name!: string;

  @ValidateNested()
  @Type(() => ConditionsRequest)
  conditions!: ConditionsRequest;

  @ValidateNested()
  @Type(() => OutcomeRequest)
  outcome!: OutcomeRequest;
}

/** The editable part of a draft: its ordered rules and its fallback. */
export class PolicyDocumentRequest {
  @ApiProperty({ type: [RuleRequest] })
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => RuleRequest)
  rules!: RuleRequest[];

  @ApiPropertyOptional({ type: OutcomeRequest, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutcomeRequest)
  fallback!: OutcomeRequest | null;
}

export class CreateDraftRequest {
  @ApiPropertyOptional({ description: 'Copy rules from this version (default: the published one)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  fromVersion?: number;
}

export class SimulateRequest {
  @ApiPropertyOptional({ default: 500, maximum: 10000, description: 'Replay the last N routed reports' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  lastReports?: number;
}
