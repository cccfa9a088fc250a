import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@loket/auth';
import { Public } from '@loket/http';
import { CategoryResponse } from './category.response';
import { TaxonomyInForce } from '../taxonomy/taxonomy-in-force';
import { CategoryView, categoryViews, OrganisationView, organisationViews } from './catalogue-views';

/** What routing routes by, read-only: the category taxonomy in force with its sensitivity and questions, and organisations with teams. */
@ApiTags('catalogue')
@Controller('api/v1')
export class CatalogueController {
  constructor(private readonly taxonomy: TaxonomyInForce) {}

  /** Public: the resident's form shows the categories and asks their extra questions. */
  @Get('categories')
  @Public()
  @ApiOkResponse({ type: [CategoryResponse], description: 'The two-level taxonomy with each category\'s extra questions' })
  categories(): CategoryView[] {
    return categoryViews(this.taxonomy.current().taxonomy);
  }

  @Get('organisations')
  @ApiBearerAuth()
  @Roles('coordinator', 'admin')
  organisations(): OrganisationView[] {
    return organisationViews(this.taxonomy.current().taxonomy);
  }
}
