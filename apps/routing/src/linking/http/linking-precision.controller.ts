import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@loket/auth';
import { LinkingPrecisionQuery, LinkingPrecisionView } from '../learning/linking-precision.query';
import { DaysBackRequest } from './linking-learning.request';

/** Insights: how often the automatic links were right, as coordinators judged them. */
@ApiTags('insights')
@ApiBearerAuth()
@Roles('coordinator', 'admin')
@Controller('api/v1/linking/precision')
export class LinkingPrecisionController {
  constructor(private readonly precision: LinkingPrecisionQuery) {}

  @Get()
  @ApiOperation({ summary: 'Automatic links confirmed and undone by coordinators over the last days, and the precision measured from them' })
  show(@Query() query: DaysBackRequest): Promise<LinkingPrecisionView> {
    return this.precision.execute(query.days ?? 30);
  }
}
