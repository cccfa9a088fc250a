import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsInt, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';

/** One labelled example a suggester version adds to the repository's: known words only, and its category. */
export class CategoryExampleV1 {
  @IsString()
  @MaxLength(2000)
  text!: string;

  @IsString()
  @Length(1, 64)
  category!: string;

  @IsString()
  @Length(1, 64)
  subcategory!: string;
}

/**
 * An administrator activated a version of the category suggester, or rolled back to one: from now on every
 * suggestion (intake's while the resident types, routing's for a report without a category) comes from it. Carries
 * the examples the version adds to the repository's (version 0, the built-in model: none), so a consumer trains the
 * same suggester with nothing else; an activation with a higher number replaces one with a lower, never the other way
 * round. No personal data: the examples' texts hold only words many repository examples share.
 */
export class CategoryModelActivatedV1 {
  /** The activation's sequence number (a roll-back is an activation too). */
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  activation!: number;

  /** The version now active; 0 is the built-in model. */
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  version!: number;

  @IsDateString()
  activatedAt!: string;

  @IsArray()
  @ArrayMaxSize(5_000)
  @ValidateNested({ each: true })
  @Type(() => CategoryExampleV1)
  examples!: CategoryExampleV1[];
}

/** One key for every activation: they reach consumers in the order they were made. */
export const CATEGORY_MODEL_EVENT_KEY = 'category-model';

export const CategoryModelActivated = defineEvent({
  type: 'category-model.activated',
  version: 1,
  topic: Topics.CategoryModelActivatedV1,
  schema: CategoryModelActivatedV1,
  keyOf: () => CATEGORY_MODEL_EVENT_KEY,
});
