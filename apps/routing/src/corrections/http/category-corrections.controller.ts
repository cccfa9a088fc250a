import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@loket/auth';
import { DaysBackRequest } from '../../linking/http/linking-learning.request';
import { CategoryCorrectionsQuery, CategoryCorrectionsView } from '../recategorise/category-corrections.query';

/** Insights: how often the categories cases opened with were right, as coordinators' corrections measure it. */
@ApiTags('insights')
@ApiBearerAuth()
@Roles('coordinator', 'admin')
@Controller('api/v1/category-corrections')
export class CategoryCorrectionsController {
  constructor(private readonly corrections: CategoryCorrectionsQuery) {}

  @Get()
  @ApiOperation({ summary: 'Cases opened over the last days by who chose their category (reporter, suggester, triage), how many a coordinator re-categorised, and which categories were confused' })
  show(@Query() query: DaysBackRequest): Promise<CategoryCorrectionsView> {
    return this.corrections.execute(query.days ?? 30);
  }
}
