import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, MaxLength, ValidateNested,
} from 'class-validator';
import { ANSWER_KINDS, IsAnswerValue } from '../report-attachments';

/*
 * The category taxonomy as a document: what administrators edit (the body of a draft) and what
 * `taxonomy.published` carries. The shape only: texts may still be empty and codes ill-formed here, so a draft
 * can be saved half done; libs/taxonomy's validateTaxonomy says what keeps it from being published.
 */

/** A text in Dutch and English (empty allowed in a draft). */
export class TaxonomyTextV1 {
  @IsString()
  @MaxLength(500)
  nl!: string;

  @IsString()
  @MaxLength(500)
  en!: string;
}

export class QuestionOptionV1 {
  @IsString()
  @MaxLength(64)
  value!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => TaxonomyTextV1)
  label!: TaxonomyTextV1;
}

export class UrgentIfV1 {
  @IsAnswerValue()
  equals!: boolean | string | number;

  @IsObject()
  @ValidateNested()
  @Type(() => TaxonomyTextV1)
  message!: TaxonomyTextV1;
}

export class CategoryQuestionV1 {
  @IsString()
  @MaxLength(64)
  id!: string;

  @IsIn(ANSWER_KINDS)
  kind!: (typeof ANSWER_KINDS)[number];

  @IsObject()
  @ValidateNested()
  @Type(() => TaxonomyTextV1)
  label!: TaxonomyTextV1;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TaxonomyTextV1)
  help?: TaxonomyTextV1;

  @IsBoolean()
  required!: boolean;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionV1)
  options?: QuestionOptionV1[];

  @IsOptional()
  @IsInt()
  maxLength?: number;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min?: number;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max?: number;

  @IsOptional()
  @IsBoolean()
  integer?: boolean;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => UrgentIfV1)
  urgentIf?: UrgentIfV1;
}

export class TaxonomySubcategoryV1 {
  @IsString()
  @MaxLength(64)
  code!: string;

  @IsString()
  @MaxLength(500)
  nl!: string;

  @IsString()
  @MaxLength(500)
  en!: string;

  /** When absent, the main category's. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  organisation?: string;

  /** When absent, the main category's. */
  @IsOptional()
  @IsInt()
  sensitivity?: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CategoryQuestionV1)
  questions?: CategoryQuestionV1[];
}

export class TaxonomyCategoryV1 {
  @IsString()
  @MaxLength(64)
  code!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => TaxonomyTextV1)
  name!: TaxonomyTextV1;

  /** 1 public space, 2 nuisance, 3 safety, 4 about a person or serious crime. */
  @IsInt()
  sensitivity!: number;

  /** The organisation that usually acts: a code of `organisations`. */
  @IsString()
  @MaxLength(64)
  organisation!: string;

  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TaxonomySubcategoryV1)
  sub!: TaxonomySubcategoryV1[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CategoryQuestionV1)
  questions?: CategoryQuestionV1[];
}

export class TaxonomyOrganisationV1 {
  @IsString()
  @MaxLength(64)
  code!: string;

  @IsString()
  @MaxLength(200)
  name!: string;

  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  teams!: string[];
}

export class TaxonomyDocumentV1 {
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TaxonomyCategoryV1)
  categories!: TaxonomyCategoryV1[];

  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TaxonomyOrganisationV1)
  organisations!: TaxonomyOrganisationV1[];
}
