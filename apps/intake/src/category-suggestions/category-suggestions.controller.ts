import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CategorySuggester } from '@loket/category-suggestion';
import { Public, RateLimited, RateLimitGuard } from '@loket/http';
import { CategorySuggestionResponse, SuggestCategoryRequest } from './suggest-category.request';

const SUGGESTIONS = 5;

/** For the web form: which category a resident's own words most likely belong to, best first. */
@ApiTags('reports')
@Public()
@RateLimited('suggestions')
@UseGuards(RateLimitGuard)
@Controller('api/v1/category-suggestions')
export class CategorySuggestionsController {
  constructor(private readonly suggester: CategorySuggester) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: [CategorySuggestionResponse] })
  suggest(@Body() body: SuggestCategoryRequest): CategorySuggestionResponse[] {
    return this.suggester.suggest(body.description, SUGGESTIONS).map(({ category, subcategory, confidence }) => ({
      category,
      subcategory,
      confidence: Math.round(confidence * 1000) / 1000,
    }));
  }
}
