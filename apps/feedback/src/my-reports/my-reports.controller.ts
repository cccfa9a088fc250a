import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { TrackingResponse } from '../tracking/tracking-response';
import { MyReportsResponse } from './my-reports.dto';
import { MyReports } from './my-reports.use-case';

@ApiTags('my-reports')
@ApiBearerAuth()
@Controller('api/v1/my-reports')
export class MyReportsController {
  constructor(private readonly myReports: MyReports) {}

  @Get()
  @Roles('resident', 'volunteer')
  @ApiOperation({ summary: 'The reports the signed-in resident or volunteer made while signed in, newest first, with their status' })
  @ApiOkResponse({ type: MyReportsResponse })
  @ApiForbiddenResponse({ description: 'Only residents and volunteers have reports of their own here' })
  list(@CurrentPrincipal() me: Principal): Promise<MyReportsResponse> {
    return this.myReports.list(me.subject);
  }

  @Get(':reportId')
  @Roles('resident', 'volunteer')
  @ApiOperation({ summary: 'One of my reports as its tracking page shows it' })
  @ApiOkResponse({ type: TrackingResponse })
  @ApiNotFoundResponse({ description: 'Not one of yours (the same answer as for a report that does not exist)' })
  one(@CurrentPrincipal() me: Principal, @Param('reportId', new ParseUUIDPipe()) reportId: string): Promise<TrackingResponse> {
    return this.myReports.one(me.subject, reportId);
  }
}
