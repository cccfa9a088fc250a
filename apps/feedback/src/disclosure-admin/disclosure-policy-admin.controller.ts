import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
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
import { PolicyAuditQuery, PublishMatrixRequest, PublishTemplatesRequest } from './publish-policy.request';
import { PolicyAuditResponse, PolicyHistoryResponse, PolicyVersionResponse } from './policy-version.response';
import { PreviewTemplate } from './preview-template.use-case';
import { PublishPolicyVersion } from './publish-policy-version.use-case';
import { ShowPolicyVersions } from './show-policy-versions.use-case';
import { TemplatePreviewRequest } from './template-preview.request';
import { TemplatePreviewResponse } from './template-preview.response';

/** Administrators edit the disclosure matrix and the message templates: versioned, audited, previewable. */
@ApiTags('disclosure policy (admin)')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/admin')
export class DisclosurePolicyAdminController {
  constructor(
    private readonly show: ShowPolicyVersions,
    private readonly publish: PublishPolicyVersion,
    private readonly previewTemplate: PreviewTemplate,
  ) {}

  @Get('disclosure-matrix')
  @ApiOperation({ summary: 'The disclosure matrix in force' })
  @ApiOkResponse({ type: PolicyVersionResponse })
  activeMatrix(): Promise<PolicyVersionResponse> {
    return this.show.active('matrix');
  }

  @Put('disclosure-matrix')
  @HttpCode(200)
  @ApiOperation({ summary: 'Save a new version of the disclosure matrix; it is in force at once' })
  @ApiOkResponse({ type: PolicyVersionResponse })
  @ApiBadRequestResponse({ description: 'A missing cell, a level outside 0–4, an unknown sensitivity or tier' })
  @ApiConflictResponse({ description: 'Another version was saved since expectedVersion' })
  publishMatrix(@Body() body: PublishMatrixRequest, @CurrentPrincipal() principal: Principal): Promise<PolicyVersionResponse> {
    return this.publish.execute(principal, 'matrix', body.matrix, body.expectedVersion);
  }

  @Get('disclosure-matrix/versions')
  @ApiOperation({ summary: 'Every saved version of the matrix, newest (in force) first' })
  @ApiOkResponse({ type: PolicyHistoryResponse })
  matrixHistory(): Promise<PolicyHistoryResponse> {
    return this.show.history('matrix');
  }

  @Get('disclosure-matrix/versions/:version')
  @ApiOkResponse({ type: PolicyVersionResponse })
  @ApiNotFoundResponse({ description: 'No such version' })
  matrixVersion(@Param('version', ParseIntPipe) version: number): Promise<PolicyVersionResponse> {
    return this.show.version('matrix', version);
  }

  @Get('message-templates')
  @ApiOperation({ summary: 'The message templates in force' })
  @ApiOkResponse({ type: PolicyVersionResponse })
  activeTemplates(): Promise<PolicyVersionResponse> {
    return this.show.active('templates');
  }

  @Put('message-templates')
  @HttpCode(200)
  @ApiOperation({ summary: 'Save a new version of the message templates; they are in force at once' })
  @ApiOkResponse({ type: PolicyVersionResponse })
  @ApiBadRequestResponse({ description: 'Unknown placeholders, a missing stage, language or band, an empty subject or body' })
  @ApiConflictResponse({ description: 'Another version was saved since expectedVersion' })
  publishTemplates(@Body() body: PublishTemplatesRequest, @CurrentPrincipal() principal: Principal): Promise<PolicyVersionResponse> {
    return this.publish.execute(principal, 'templates', body.templates, body.expectedVersion);
  }

  @Get('message-templates/versions')
  @ApiOperation({ summary: 'Every saved version of the templates, newest (in force) first' })
  @ApiOkResponse({ type: PolicyHistoryResponse })
  templatesHistory(): Promise<PolicyHistoryResponse> {
    return this.show.history('templates');
  }

  @Get('message-templates/versions/:version')
  @ApiOkResponse({ type: PolicyVersionResponse })
  @ApiNotFoundResponse({ description: 'No such version' })
  templatesVersion(@Param('version', ParseIntPipe) version: number): Promise<PolicyVersionResponse> {
    return this.show.version('templates', version);
  }

  @Post('message-templates/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exactly what a reporter at a level receives for a stage in a language, with sample values' })
  @ApiOkResponse({ type: TemplatePreviewResponse })
  @ApiBadRequestResponse({ description: 'Bad stage, language or level, an invalid draft, or a sample value the template needs is missing' })
  preview(@Body() body: TemplatePreviewRequest): TemplatePreviewResponse {
    return this.previewTemplate.execute(body);
  }

  @Get('disclosure-policy/audit')
  @ApiOperation({ summary: 'Who changed the matrix or the templates, when, before and after; newest first' })
  @ApiOkResponse({ type: PolicyAuditResponse })
  audit(@Query() query: PolicyAuditQuery): Promise<PolicyAuditResponse> {
    return this.show.audit(query.kind, query.limit ?? 50);
  }
}
