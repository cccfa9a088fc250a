import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@loket/auth';
import { CategoryView, categoryViews, OrganisationView, organisationViews } from './catalogue-views';

/** What routing routes by, read-only: the category taxonomy with its sensitivity, and organisations with teams. */
@ApiTags('catalogue')
@ApiBearerAuth()
@Roles('coordinator', 'admin')
@Controller('api/v1')
export class CatalogueController {
  @Get('categories')
  categories(): CategoryView[] {
    return categoryViews();
  }

  @Get('organisations')
  organisations(): OrganisationView[] {
    return organisationViews();
  }
}
