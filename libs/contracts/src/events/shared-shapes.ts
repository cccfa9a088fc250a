import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export const REPORTER_TIERS = ['anonymous', 'resident', 'volunteer', 'professional'] as const;
export type ReporterTier = (typeof REPORTER_TIERS)[number];

export const CASE_STATUSES = ['new', 'assigned', 'in_progress', 'waiting', 'referred', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export class GeoPointV1 {
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat!: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lon!: number;
}

export class CategoryRefV1 {
  @Matches(/^[a-z0-9-]{1,64}$/)
  main!: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  sub?: string;
}

export class SlaV1 {
  @IsNumber()
  @Min(0)
  amount!: number;

  @IsIn(['hours', 'days'])
  unit!: 'hours' | 'days';

  @IsIn(['working', 'calendar'])
  calendar!: 'working' | 'calendar';
}

export class OpaqueRef {
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,128}$/)
  value!: string;
}

/**
 * A Dutch address as postcode and house number (with an optional addition), e.g. 1234AB 12 A. Optional in
 * reports; the workbench compares it only as a keyed hash (the multi-agency signal), never in plain text.
 */
export class AddressV1 {
  @Matches(/^[1-9][0-9]{3} ?[A-Za-z]{2}$/)
  postcode!: string;

  @IsInt()
  @Min(1)
  @Max(99_999)
  houseNumber!: number;

  @IsOptional()
  @Matches(/^[A-Za-z0-9]{1,4}$/)
  houseNumberAddition?: string;
}
