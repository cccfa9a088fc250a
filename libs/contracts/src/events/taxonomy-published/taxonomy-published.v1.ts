import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { Topics } from '../../topics';
import { defineEvent } from '../event-definition';
import { TaxonomyDocumentV1 } from './taxonomy-document.v1';

/**
 * An administrator published a version of the category taxonomy: from now on it is the one in force (routing
 * routes by it; intake asks and checks its extra questions). Carries the whole document, so a consumer needs
 * nothing else; a later version replaces an earlier one, never the other way round.
 */
export class TaxonomyPublishedV1 {
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version!: number;

  @IsDateString()
  publishedAt!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => TaxonomyDocumentV1)
  taxonomy!: TaxonomyDocumentV1;
}

/** One key for every version: they reach consumers in the order they were published. */
export const TAXONOMY_EVENT_KEY = 'taxonomy';

export const TaxonomyPublished = defineEvent({
  type: 'taxonomy.published',
  version: 1,
  topic: Topics.TaxonomyPublishedV1,
  schema: TaxonomyPublishedV1,
  keyOf: () => TAXONOMY_EVENT_KEY,
});
