import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public, RateLimited, RateLimitGuard } from '@loket/http';
import { CategorySuggestionResponse, SuggestCategoryRequest } from './suggest-category.request';
import { SuggesterInForce } from './suggester-in-force';

const SUGGESTIONS = 5;

/** For the web form: which category a resident's own words most likely belong to, best first (by the version in force). */
@ApiTags('reports')
@Public()
@RateLimited('suggestions')
@UseGuards(RateLimitGuard)
@Controller('api/v1/category-suggestions')
export class CategorySuggestionsController {
  constructor(private readonly suggester: SuggesterInForce) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: [CategorySuggestionResponse] })
  async suggest(@Body() body: SuggestCategoryRequest): Promise<CategorySuggestionResponse[]> {
    return (await this.suggester.current()).suggest(body.description, SUGGESTIONS).map(({ category, subcategory, confidence }) => ({
      category,
      subcategory,
      confidence: Math.round(confidence * 1000) / 1000,
    }));
  }
}
