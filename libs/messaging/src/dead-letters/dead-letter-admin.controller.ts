import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { DiscardDeadLetter } from './discard-dead-letter/discard-dead-letter.use-case';
import { DeadLetterPageResponse } from './list-dead-letters/dead-letter.response';
import { ListDeadLetters } from './list-dead-letters/list-dead-letters.query';
import { DiscardDeadLetterRequest, ListDeadLettersQuery, ReplayDeadLetterRequest } from './list-dead-letters/list-dead-letters.request';
import { ReplayDeadLetter } from './replay-dead-letter/replay-dead-letter.use-case';

/** Administrators see the messages this service gave up on, and replay them after a fix or discard them. */
@ApiTags('dead letters (admin)')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/admin/dead-letters')
export class DeadLetterAdminController {
  constructor(
    private readonly list: ListDeadLetters,
    private readonly replayer: ReplayDeadLetter,
    private readonly discarder: DiscardDeadLetter,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Dead letters of this service, oldest first; filter by topic and status' })
  @ApiOkResponse({ type: DeadLetterPageResponse })
  deadLetters(@Query() query: ListDeadLettersQuery): Promise<DeadLetterPageResponse> {
    return this.list.execute(query);
  }

  @Post(':id/replay')
  @HttpCode(204)
  @ApiOperation({ summary: 'Publish the original event again (same topic, key and event id) through the outbox' })
  @ApiNoContentResponse({ description: 'Queued for publication; the row is now replayed' })
  @ApiNotFoundResponse({ description: 'No such dead letter' })
  @ApiConflictResponse({ description: 'Resolved already, or not an event envelope' })
  replay(@Param('id') id: string, @Body() body: ReplayDeadLetterRequest, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.replayer.execute(id, principal, body.reason ?? null);
  }

  @Post(':id/discard')
  @HttpCode(204)
  @ApiOperation({ summary: 'Give the dead letter up for good, with a reason' })
  @ApiNoContentResponse({ description: 'The row is now discarded, with who, when and why' })
  @ApiBadRequestResponse({ description: 'No reason given' })
  @ApiNotFoundResponse({ description: 'No such dead letter' })
  @ApiConflictResponse({ description: 'Resolved already' })
  discard(@Param('id') id: string, @Body() body: DiscardDeadLetterRequest, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.discarder.execute(id, principal, body.reason);
  }
}
