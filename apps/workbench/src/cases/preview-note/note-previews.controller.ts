import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadGatewayResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { NotePreviewResponse } from './note-preview.response';
import { PreviewNoteRequest } from './preview-note.request';
import { PreviewNote } from './preview-note.use-case';

@ApiTags('cases')
@ApiBearerAuth()
@Roles('professional', 'coordinator')
@Controller('api/v1/cases')
export class NotePreviewsController {
  constructor(private readonly previewNote: PreviewNote) {}

  @Post(':id/notes/preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'What each reporter would receive of a note for the reporter, at their own disclosure level (nothing is saved)',
  })
  @ApiOkResponse({ type: NotePreviewResponse })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see' })
  @ApiBadGatewayResponse({ description: 'The feedback service gave an unusable answer' })
  @ApiServiceUnavailableResponse({ description: 'The feedback service cannot be reached, or does not know the case yet' })
  preview(
    @Param('id') caseId: string,
    @Body() body: PreviewNoteRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers('authorization') authorization: string,
  ): Promise<NotePreviewResponse> {
    return this.previewNote.execute(principal, caseId, body.text, authorization.replace(/^Bearer\s+/i, ''));
  }
}
