import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { MyPriorities } from '../my-priorities.use-case';
import { PrioritiesOverview, ShowPriorities } from '../show-priorities.use-case';
import { ChoosePrioritiesRequest, MyPrioritiesResponse, PrioritiesOverviewResponse } from './priorities.request';

/**
 * Neighbourhood priorities: a signed-in resident or volunteer ranks up to three themes for the neighbourhood
 * they live in; coordinators see the aggregate per neighbourhood, cells of fewer than 5 people suppressed.
 */
@ApiTags('neighbourhood-priorities')
@ApiBearerAuth()
@Controller('api/v1/neighbourhood-priorities')
export class NeighbourhoodPrioritiesController {
  constructor(
    private readonly mine: MyPriorities,
    private readonly overview: ShowPriorities,
  ) {}

  @Get()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: PrioritiesOverviewResponse })
  @ApiForbiddenResponse({ description: 'Only coordinators and administrators see the aggregate' })
  all(): Promise<PrioritiesOverview> {
    return this.overview.execute();
  }

  @Get('mine')
  @Roles('resident', 'volunteer')
  @ApiOkResponse({ type: MyPrioritiesResponse })
  async show(@CurrentPrincipal() me: Principal): Promise<MyPrioritiesResponse> {
    return { choice: await this.mine.show(me.subject) };
  }

  @Put('mine')
  @Roles('resident', 'volunteer')
  @ApiOkResponse({ type: MyPrioritiesResponse })
  @ApiBadRequestResponse({ description: 'Unknown area or one that is not a neighbourhood; 0 or more than 3, unknown or repeated themes' })
  async choose(@CurrentPrincipal() me: Principal, @Body() body: ChoosePrioritiesRequest): Promise<MyPrioritiesResponse> {
    return { choice: await this.mine.choose(me.subject, { areaId: body.areaId, themes: body.themes }) };
  }

  @Delete('mine')
  @HttpCode(204)
  @Roles('resident', 'volunteer')
  async withdraw(@CurrentPrincipal() me: Principal): Promise<void> {
    await this.mine.withdraw(me.subject);
  }
}
