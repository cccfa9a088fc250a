import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { AddNoteRequest } from './add-note/add-note.request';
import { AddNote } from './add-note/add-note.use-case';
import { NoteResponse } from './add-note/note.response';
import { CaseSummaryResponse } from './case-summary.response';
import { CaseCountsResponse, CountCasesQuery } from './count-cases/count-cases.request';
import { CountCases } from './count-cases/count-cases.use-case';
import { ChangeStatusRequest } from './change-status/change-status.request';
import { ChangeStatus } from './change-status/change-status.use-case';
import { HandOverRequest } from './handover/hand-over.request';
import { HandOver } from './handover/hand-over.use-case';
import { CasePageResponse, ListCasesQuery } from './list-cases/list-cases.request';
import { ListCases } from './list-cases/list-cases.use-case';
import { CaseFileResponse } from './show-case/case-file.response';
import { ShowCase } from './show-case/show-case.use-case';
import { ListTeamMembers } from './team-members/list-team-members.use-case';
import { TeamMembersResponse } from './team-members/team-member.response';
import { CaseChangesQuery, CaseChangesResponse } from './watch-changes/case-changes.request';
import { WatchCaseChanges } from './watch-changes/watch-case-changes.use-case';

/** The professional's case API. Each use-case checks access to the case first; another organisation's case is a 404. */
@ApiTags('cases')
@ApiBearerAuth()
@Roles('professional', 'coordinator')
@Controller('api/v1/cases')
export class CasesController {
  constructor(
    private readonly listCases: ListCases,
    private readonly showCase: ShowCase,
    private readonly changeStatus: ChangeStatus,
    private readonly addNote: AddNote,
    private readonly handOver: HandOver,
    private readonly watchChanges: WatchCaseChanges,
    private readonly countCases: CountCases,
    private readonly teamMembers: ListTeamMembers,
  ) {}

  @Get()
  @ApiOkResponse({ type: CasePageResponse })
  @ApiBadRequestResponse({ description: 'A bad filter, sort or cursor (problem details naming the field)' })
  list(@Query() query: ListCasesQuery, @CurrentPrincipal() principal: Principal): Promise<CasePageResponse> {
    return this.listCases.execute(principal, query);
  }

  @Get('changes')
  @ApiOperation({ summary: 'Whether any case you may see changed since your last cursor (poll it to refresh a queue)' })
  @ApiOkResponse({ type: CaseChangesResponse })
  @ApiBadRequestResponse({ description: 'since is not a cursor this service gave out' })
  changes(@Query() query: CaseChangesQuery, @CurrentPrincipal() principal: Principal): Promise<CaseChangesResponse> {
    return this.watchChanges.execute(principal, query.since);
  }

  @Get('counts')
  @ApiOperation({ summary: 'How many cases each of your queues holds (mine, team, organisation), counted up to 1,000' })
  @ApiOkResponse({ type: CaseCountsResponse })
  @ApiBadRequestResponse({ description: 'A bad filter (problem details naming the field)' })
  counts(@Query() query: CountCasesQuery, @CurrentPrincipal() principal: Principal): Promise<CaseCountsResponse> {
    return this.countCases.execute(principal, query);
  }

  @Get(':id/team-members')
  @ApiOperation({ summary: "The case's team members the workbench knows: whom the case can be assigned to" })
  @ApiOkResponse({ type: TeamMembersResponse })
  @ApiNotFoundResponse({ description: 'No such case, or not one you hold' })
  members(@Param('id') caseId: string, @CurrentPrincipal() principal: Principal): Promise<TeamMembersResponse> {
    return this.teamMembers.execute(principal, caseId);
  }

  @Get(':id')
  @Roles('professional', 'coordinator', 'case-content-reader')
  @ApiOperation({
    summary: 'A case file: professionals of the holding organisation; coordinators while it is in triage or after a coordinator corrected it (never its internal notes); holders of case-content-reader, read-only. Every read and every refusal is audited',
  })
  @ApiOkResponse({ type: CaseFileResponse })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see' })
  show(@Param('id') caseId: string, @CurrentPrincipal() principal: Principal): Promise<CaseFileResponse> {
    return this.showCase.execute(principal, caseId);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseSummaryResponse, description: 'The case after the transition' })
  @ApiConflictResponse({
    description: 'Illegal transition (names the allowed ones) or a stale expectedVersion',
  })
  transition(
    @Param('id') caseId: string,
    @Body() body: ChangeStatusRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseSummaryResponse> {
    return this.changeStatus.execute(principal, caseId, body);
  }

  @Post(':id/notes')
  @HttpCode(201)
  @ApiCreatedResponse({ type: NoteResponse })
  note(
    @Param('id') caseId: string,
    @Body() body: AddNoteRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<NoteResponse> {
    return this.addNote.execute(principal, caseId, body);
  }

  @Post(':id/handover')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseSummaryResponse, description: 'The case, now with the other team (back to new when it was assigned)' })
  @ApiBadRequestResponse({ description: 'Not a team of the case\'s organisation' })
  @ApiConflictResponse({ description: 'A stale expectedVersion, the same team, or a case that cannot be handed over now' })
  handover(
    @Param('id') caseId: string,
    @Body() body: HandOverRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseSummaryResponse> {
    return this.handOver.execute(principal, caseId, body);
  }
}
