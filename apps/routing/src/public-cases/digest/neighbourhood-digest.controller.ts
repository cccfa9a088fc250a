import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@loket/http';
import { NeighbourhoodDigestQuery, NeighbourhoodDigestResponse } from './neighbourhood-digest';
import { ShowNeighbourhoodDigest } from './show-neighbourhood-digest.use-case';

/** What happened in public in a neighbourhood: the feedback service's daily digest reads it; public like the map. */
@ApiTags('public')
@Public()
@Controller('api/v1/public/areas/:areaId/digest')
export class NeighbourhoodDigestController {
  constructor(private readonly digest: ShowNeighbourhoodDigest) {}

  @Get()
  @ApiOperation({ summary: 'Public cases opened, resolved or closed in an area over a period (at most 8 days): public categories only, redacted' })
  @ApiOkResponse({ type: NeighbourhoodDigestResponse })
  @ApiBadRequestResponse({ description: 'A period that is empty, reversed or longer than 8 days' })
  @ApiNotFoundResponse({ description: 'No area with this code' })
  show(@Param('areaId') areaId: string, @Query() query: NeighbourhoodDigestQuery): Promise<NeighbourhoodDigestResponse> {
    return this.digest.execute(areaId, query);
  }
}
