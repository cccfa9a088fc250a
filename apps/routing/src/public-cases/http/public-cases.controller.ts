import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@loket/http';
import { FindNearbyCases, NearbyCase } from '../find-nearby-cases.use-case';
import { FindSimilarCases, SimilarCase } from '../find-similar-cases.use-case';
import { ListPublicCases } from '../list-public-cases.use-case';
import { PublicCase } from '../public-case';
import { ShowPublicCase } from '../show-public-case.use-case';
import {
  NearbyCaseResponse, NearbyCasesQuery, PublicCaseResponse, PublicCasesQuery as PublicCasesRequest, SimilarCaseResponse, SimilarCasesRequest,
} from './public-cases.request';

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
    private readonly similar: FindSimilarCases,
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

  @Post('similar')
  @HttpCode(200)
  @ApiOperation({ summary: '"Is it one of these?" while typing: nearby open public cases the linker judges probably or possibly the same incident, best first' })
  @ApiOkResponse({ type: [SimilarCaseResponse] })
  alike(@Body() body: SimilarCasesRequest): Promise<SimilarCase[]> {
    return this.similar.execute(body);
  }

  /** One open public case (e.g. to follow it); 404 when it is closed, sensitive or unknown alike. */
  @Get(':caseId')
  @ApiOkResponse({ type: PublicCaseResponse })
  one(@Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<PublicCase> {
    return this.showOne.execute(caseId);
  }
}
