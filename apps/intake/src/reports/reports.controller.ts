import { Body, Controller, Headers, HttpCode, Post, Req, UseGuards, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBody, ApiConsumes, ApiExtraModels, getSchemaPath, ApiCreatedResponse, ApiHeader, ApiPayloadTooLargeResponse, ApiTags, ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentPrincipal, OptionalAuth, Principal } from '@loket/auth';
import { RateLimited, RateLimitGuard } from '@loket/http';
import { MultipartReportInterceptor, uploadedPhotosOf } from '../photos/upload/multipart-report.interceptor';
import { SubmitReportRequest, SubmitReportResponse } from './submit-report/submit-report.request';
import { SubmitReport } from './submit-report/submit-report.use-case';

@ApiTags('reports')
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly submitReport: SubmitReport) {}

  @Post()
  @OptionalAuth()
  @RateLimited('reports')
  @UseGuards(RateLimitGuard)
  @HttpCode(201)
  @UseInterceptors(MultipartReportInterceptor)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiExtraModels(SubmitReportRequest)
  @ApiBody({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(SubmitReportRequest) },
        {
          type: 'object',
          description: 'multipart/form-data: the report as JSON in field `report`, 0–3 photos in field `photos`',
          required: ['report'],
          properties: {
            report: { type: 'string', description: 'SubmitReportRequest as JSON' },
            photos: { type: 'array', maxItems: 3, items: { type: 'string', format: 'binary' } },
          },
        },
      ],
    },
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry safely: the same key and body give the same answer' })
  @ApiCreatedResponse({
    type: SubmitReportResponse,
    description:
      'As JSON, or as multipart/form-data with field `report` (this JSON) and 0–3 files in field `photos` (JPEG or PNG, ' +
      'recognised by content, ≤ 10 MB each; all metadata such as EXIF and GPS is removed before storing). The report and ' +
      'its photos are stored together or not at all',
  })
  @ApiBadRequestResponse({ description: 'A bad field or answer (each named), more than 3 photos, or a malformed form' })
  @ApiPayloadTooLargeResponse({ description: 'A photo over 10 MB' })
  @ApiUnsupportedMediaTypeResponse({ description: 'A "photo" that is not a JPEG, PNG or HEIC by its content, or one that cannot be read (damaged)' })
  submit(
    @Body() body: SubmitReportRequest,
    @CurrentPrincipal() principal: Principal | undefined,
    @Req() request: Request,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<SubmitReportResponse> {
    return this.submitReport.execute(body, principal, idempotencyKey, uploadedPhotosOf(request));
  }
}
