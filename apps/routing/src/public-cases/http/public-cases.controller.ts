import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProblemException, Public } from '@loket/http';
import { FindNearbyCases, NearbyCase } from '../find-nearby-cases.use-case';
import { ListPublicCases } from '../list-public-cases.use-case';
import { PublicCase, toPublicCase } from '../public-case';
import { PublicCasesQuery } from '../public-cases.query';
import { NearbyCaseResponse, NearbyCasesQuery, PublicCaseResponse, PublicCasesQuery as PublicCasesRequest } from './public-cases.request';

/**
 * Open cases anyone may see: only categories of sensitivity 1-2, the first report's text redacted, no photos,
 * nothing about who reported, the place coarsened for nuisance.
 */
@ApiTags('public')
@Public()
@Controller('api/v1/public/cases')
export class PublicCasesController {
  constructor(
    private readonly list: ListPublicCases,
    private readonly nearby: FindNearbyCases,
    private readonly cases: PublicCasesQuery,
  ) {}

  @Get()
  @ApiOkResponse({ type: [PublicCaseResponse] })
  all(@Query() query: PublicCasesRequest): Promise<PublicCase[]> {
    return this.list.execute(query);
  }

  @Get('nearby')
  @ApiOkResponse({ type: [NearbyCaseResponse] })
  around(@Query() query: NearbyCasesQuery): Promise<NearbyCase[]> {
    return this.nearby.execute(query);
  }

  /** One open public case (e.g. to follow it); 404 when it is closed, sensitive or unknown alike. */
  @Get(':caseId')
  @ApiOkResponse({ type: PublicCaseResponse })
  async one(@Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<PublicCase> {
    const [row] = await this.cases.find({ caseId, limit: 1, offset: 0 });
    const view = row ? toPublicCase(row, this.cases.sensitivityOf) : null;
    if (!view) throw ProblemException.notFound(`No open public case ${caseId}: it is closed, not shown in public, or unknown`);
    return view;
  }
}
