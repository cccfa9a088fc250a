import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUESTION_KINDS, type QuestionKind } from '@loket/taxonomy';

/** The OpenAPI shapes of `GET /api/v1/categories` (the values are catalogue-views.ts's; these document them). */
export class LocalisedTextResponse {
  @ApiProperty({ example: 'Is iemand nu in gevaar?' })
  nl!: string;

  @ApiProperty({ example: 'Is someone in danger right now?' })
  en!: string;
}

export class QuestionOptionResponse {
  @ApiProperty({ example: 'large' })
  value!: string;

  @ApiProperty({ type: LocalisedTextResponse })
  label!: LocalisedTextResponse;
}

export class UrgentIfResponse {
  @ApiProperty({ oneOf: [{ type: 'boolean' }, { type: 'string' }, { type: 'number' }], example: true, description: 'The answer that means an emergency' })
  equals!: boolean | string | number;

  @ApiProperty({ type: LocalisedTextResponse, description: 'What to tell the reporter at once, e.g. "Call 112 now"' })
  message!: LocalisedTextResponse;
}

export class CategoryQuestionResponse {
  @ApiProperty({ example: 'someone-in-danger', description: 'The key of the answer in a report\'s `answers`' })
  id!: string;

  @ApiProperty({ enum: QUESTION_KINDS, description: 'yes-no → true/false, text → string, choice → an option value, number → number' })
  kind!: QuestionKind;

  @ApiProperty({ type: LocalisedTextResponse })
  label!: LocalisedTextResponse;

  @ApiPropertyOptional({ type: LocalisedTextResponse })
  help?: LocalisedTextResponse;

  @ApiProperty()
  required!: boolean;

  @ApiPropertyOptional({ type: [QuestionOptionResponse], description: 'For choice' })
  options?: QuestionOptionResponse[];

  @ApiPropertyOptional({ description: 'For text: at most this many characters (500 when absent)' })
  maxLength?: number;

  @ApiPropertyOptional({ description: 'For number: the lowest allowed' })
  min?: number;

  @ApiPropertyOptional({ description: 'For number: the highest allowed' })
  max?: number;

  @ApiPropertyOptional({ description: 'For number: whole numbers only' })
  integer?: boolean;

  @ApiPropertyOptional({ type: UrgentIfResponse })
  urgentIf?: UrgentIfResponse;
}

export class SubcategoryResponse {
  @ApiProperty({ example: 'verward-gedrag' })
  code!: string;

  @ApiProperty({ type: LocalisedTextResponse })
  name!: LocalisedTextResponse;

  @ApiProperty({ minimum: 1, maximum: 4 })
  sensitivity!: number;

  @ApiProperty({ example: 'social-work' })
  organisation!: string;

  @ApiProperty({ type: [CategoryQuestionResponse], description: "Asked after the main category's questions" })
  questions!: CategoryQuestionResponse[];
}

export class CategoryResponse {
  @ApiProperty({ example: 'zorg' })
  code!: string;

  @ApiProperty({ type: LocalisedTextResponse })
  name!: LocalisedTextResponse;

  @ApiProperty({ minimum: 1, maximum: 4, description: '1 public space, 2 nuisance, 3 safety, 4 about a person or serious crime' })
  sensitivity!: number;

  @ApiProperty({ example: 'social-work' })
  organisation!: string;

  @ApiProperty({ type: [CategoryQuestionResponse] })
  questions!: CategoryQuestionResponse[];

  @ApiProperty({ type: [SubcategoryResponse] })
  subcategories!: SubcategoryResponse[];
}
