import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { PublishReplyLibrary } from './publish-reply-library.use-case';
import { PublishReplyLibraryRequest } from './ready-made-replies.request';
import { ReplyLibraryHistoryResponse, ReplyLibraryResponse } from './ready-made-replies.response';
import { ShowReplyLibrary } from './show-reply-library.use-case';

/** Administrators keep the library of standard reply texts per category; versioned and audited. */
@ApiTags('ready-made replies (admin)')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/admin/ready-made-replies')
export class ReplyLibraryAdminController {
  constructor(
    private readonly show: ShowReplyLibrary,
    private readonly publish: PublishReplyLibrary,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The library in force (version 0 and no replies before the first save)' })
  @ApiOkResponse({ type: ReplyLibraryResponse })
  active(): Promise<ReplyLibraryResponse> {
    return this.show.active();
  }

  @Put()
  @HttpCode(200)
  @ApiOperation({ summary: 'Save the whole library as a new version; it is in force at once' })
  @ApiOkResponse({ type: ReplyLibraryResponse })
  @ApiBadRequestResponse({ description: 'A fault in a reply (problem details naming each, e.g. replies.3.text.en)' })
  @ApiConflictResponse({ description: 'Another version was saved since expectedVersion' })
  save(@Body() body: PublishReplyLibraryRequest, @CurrentPrincipal() principal: Principal): Promise<ReplyLibraryResponse> {
    return this.publish.execute(principal, body.replies, body.expectedVersion);
  }

  @Get('versions')
  @ApiOperation({ summary: 'Every saved version, newest (in force) first' })
  @ApiOkResponse({ type: ReplyLibraryHistoryResponse })
  history(): Promise<ReplyLibraryHistoryResponse> {
    return this.show.history();
  }

  @Get('versions/:version')
  @ApiOkResponse({ type: ReplyLibraryResponse })
  @ApiNotFoundResponse({ description: 'No such version' })
  version(@Param('version', ParseIntPipe) version: number): Promise<ReplyLibraryResponse> {
    return this.show.version(version);
  }
}
