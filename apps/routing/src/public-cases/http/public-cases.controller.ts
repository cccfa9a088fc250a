import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@loket/http';
import { FindNearbyCases, NearbyCase } from '../find-nearby-cases.use-case';
import { ListPublicCases } from '../list-public-cases.use-case';
import { PublicCase } from '../public-case';
import { ShowPublicCase } from '../show-public-case.use-case';
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
    private readonly showOne: ShowPublicCase,
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
  one(@Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<PublicCase> {
    return this.showOne.execute(caseId);
  }
}
