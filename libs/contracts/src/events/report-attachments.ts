import { Type } from 'class-transformer';
import {
  IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateBy, ValidateNested,
} from 'class-validator';

export const ANSWER_KINDS = ['yes-no', 'text', 'choice', 'number'] as const;
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];
export const MAX_PHOTOS_PER_REPORT = 3;
export const MAX_ANSWERS_PER_REPORT = 50;

export class LocalisedTextV1 {
  @IsString()
  @Length(1, 500)
  nl!: string;

  @IsString()
  @Length(1, 500)
  en!: string;
}

/** A yes/no (boolean), a text or choice value (string, ≤ 2000 characters) or a finite number. */
export function IsAnswerValue(): PropertyDecorator {
  return ValidateBy({
    name: 'isAnswerValue',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'boolean' ||
        (typeof value === 'string' && value.length <= 2000) ||
        (typeof value === 'number' && Number.isFinite(value)),
      defaultMessage: () => '$property must be a boolean, a string of at most 2000 characters or a finite number',
    },
  });
}

/**
 * The reporter's answer to one of the category's extra questions, with the question as it was asked (label in
 * both languages) so the case file reads the same after the questions change.
 */
export class ReportAnswerV1 {
  @Matches(/^[a-z0-9-]{1,64}$/)
  questionId!: string;

  @IsIn(ANSWER_KINDS)
  kind!: (typeof ANSWER_KINDS)[number];

  @IsObject()
  @ValidateNested()
  @Type(() => LocalisedTextV1)
  label!: LocalisedTextV1;

  @IsAnswerValue()
  value!: boolean | string | number;

  /** For a choice: the chosen option's label. */
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalisedTextV1)
  valueLabel?: LocalisedTextV1;

  /** The answer means an emergency (the question's urgentIf, e.g. someone is in danger right now). */
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;
}

/** A photo of the report, stored by intake without metadata. Only its id travels; the bytes stay in intake. */
export class ReportPhotoV1 {
  @IsUUID()
  photoId!: string;

  @IsIn(PHOTO_CONTENT_TYPES)
  contentType!: PhotoContentType;

  @IsInt()
  @Min(1)
  @Max(10 * 1024 * 1024)
  bytes!: number;

  @IsInt()
  @Min(1)
  width!: number;

  @IsInt()
  @Min(1)
  height!: number;
}
