import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@loket/auth';
import { Public } from '@loket/http';
import { CategoryResponse } from './category.response';
import { CategoryView, categoryViews, OrganisationView, organisationViews } from './catalogue-views';

/** What routing routes by, read-only: the category taxonomy with its sensitivity and questions, and organisations with teams. */
@ApiTags('catalogue')
@Controller('api/v1')
export class CatalogueController {
  /** Public: the resident's form shows the categories and asks their extra questions. */
  @Get('categories')
  @Public()
  @ApiOkResponse({ type: [CategoryResponse], description: 'The two-level taxonomy with each category\'s extra questions' })
  categories(): CategoryView[] {
    return categoryViews();
  }

  @Get('organisations')
  @ApiBearerAuth()
  @Roles('coordinator', 'admin')
  organisations(): OrganisationView[] {
    return organisationViews();
  }
}
