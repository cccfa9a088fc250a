import { IsInt, Max, Min } from 'class-validator';
import { jsonSchemaOf, TaxonomyDocumentV1 } from '@loket/contracts';

/**
 * The whole edited taxonomy (the shape `taxonomy.published` carries), with the draft's revision it was edited
 * from: an edit made on an older reading of the draft is refused (409) rather than overwriting another's edit.
 */
export class TaxonomyDraftRequest extends TaxonomyDocumentV1 {
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  revision!: number;
}

/** The request's JSON Schema for the OpenAPI document, from the same decorators that validate it. */
export const TAXONOMY_DRAFT_SCHEMA = jsonSchemaOf(TaxonomyDraftRequest);
