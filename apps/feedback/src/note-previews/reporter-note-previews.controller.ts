import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { PreviewReporterNote } from './preview-reporter-note.use-case';
import { ReporterNotePreviewRequest } from './reporter-note-preview.request';
import { ReporterNotePreviewResponse } from './reporter-note-preview.response';

@ApiTags('note previews')
@ApiBearerAuth()
@Roles('professional', 'coordinator')
@Controller('api/v1/cases')
export class ReporterNotePreviewsController {
  constructor(private readonly previewNote: PreviewReporterNote) {}

  @Post(':caseId/reporter-note-previews')
  @HttpCode(200)
  @ApiOperation({ summary: 'What each reporter of the case would receive of a note for the reporters, at their own level' })
  @ApiOkResponse({ type: ReporterNotePreviewResponse })
  @ApiNotFoundResponse({ description: 'No such case, or your organisation does not hold it' })
  preview(
    @Param('caseId') caseId: string,
    @Body() body: ReporterNotePreviewRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReporterNotePreviewResponse> {
    return this.previewNote.execute(principal, caseId, body.text);
  }
}
