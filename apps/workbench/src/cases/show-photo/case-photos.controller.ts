import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { ShowPhoto } from './show-photo.use-case';

/** A report's photo, for those who may read the case file (`@loket/need-to-know`). Never public, never cached. */
@ApiTags('cases')
@ApiBearerAuth()
@Roles('professional', 'coordinator', 'case-content-reader')
@Controller('api/v1/cases/:id/reports/:reportId/photos')
export class CasePhotosController {
  constructor(private readonly showPhoto: ShowPhoto) {}

  @Get(':photoId')
  @ApiProduces('image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'The image, without metadata (EXIF and GPS were removed when it was submitted)' })
  @ApiNotFoundResponse({ description: 'No such case, report or photo, or not one you may see' })
  async photo(
    @Param('id') caseId: string,
    @Param('reportId') reportId: string,
    @Param('photoId') photoId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() response: Response,
  ): Promise<void> {
    const photo = await this.showPhoto.execute(principal, caseId, reportId, photoId);
    response
      .status(200)
      .set({
        'content-type': photo.contentType,
        'content-length': String(photo.data.length),
        'content-disposition': `inline; filename="${photoId}.${photo.contentType === 'image/png' ? 'png' : 'jpg'}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      })
      .end(photo.data);
  }
}
