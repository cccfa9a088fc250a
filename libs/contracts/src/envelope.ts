import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, Min } from 'class-validator';

/** The one envelope every event travels in. `id` is unique and used for de-duplication (inbox). */
export interface EventEnvelope<P extends object = object> {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  correlationId: string;
  causationId: string | null;
  producer: string;
  payload: P;
}

export class EventEnvelopeSchema {
  @IsUUID()
  id!: string;

  @Matches(/^[a-z][a-z-]*(\.[a-z-]+)+$/) // entity.fact, e.g. case.report-linked or category-model.activated
  type!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsDateString()
  occurredAt!: string;

  @IsString()
  @IsNotEmpty()
  correlationId!: string;

  @IsOptional()
  @IsString()
  causationId!: string | null;

  @IsString()
  @IsNotEmpty()
  producer!: string;

  @IsObject()
  @Type(() => Object)
  payload!: object;
}
