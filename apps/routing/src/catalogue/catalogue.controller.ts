import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@loket/auth';
import { Public } from '@loket/http';
import { CategoryView, categoryViews, OrganisationView, organisationViews } from './catalogue-views';

/** What routing routes by, read-only: the category taxonomy with its sensitivity and questions, and organisations with teams. */
@ApiTags('catalogue')
@Controller('api/v1')
export class CatalogueController {
  /** Public: the resident's form shows the categories and asks their extra questions. */
  @Get('categories')
  @Public()
  @ApiOkResponse({
    description:
      'The two-level taxonomy: per main category and subcategory the names (nl/en), sensitivity, organisation and extra ' +
      'questions `[{id, kind: yes-no|text|choice|number, label: {nl,en}, help?, required, options?: [{value, label}], ' +
      'maxLength?, min?, max?, integer?, urgentIf?: {equals, message: {nl,en}}}]`',
  })
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
