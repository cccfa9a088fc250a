import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public, ProblemException } from '@loket/http';
import { ServePhoto } from './serve-photo.use-case';

/**
 * Not for people: the workbench fetches a photo here with a link it signed after checking the professional's
 * access (see `signedPhotoPath` in @loket/contracts). No token, no session: the signature is the permission.
 * Under /internal, outside /api, so the gateway never forwards it from a browser.
 */
@ApiExcludeController()
@Public()
@Controller('internal/v1/reports/:reportId/photos')
export class InternalPhotosController {
  constructor(private readonly servePhoto: ServePhoto) {}

  @Get(':photoId')
  async photo(
    @Param('reportId', new ParseUUIDPipe({ exceptionFactory: () => ProblemException.notFound('No such photo') })) reportId: string,
    @Param('photoId', new ParseUUIDPipe({ exceptionFactory: () => ProblemException.notFound('No such photo') })) photoId: string,
    @Query('expires') expires: string | undefined,
    @Query('signature') signature: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const photo = await this.servePhoto.execute({ reportId, photoId, expires: Number(expires), signature: signature ?? '' });
    response
      .status(200)
      .set({
        'content-type': photo.contentType,
        'content-length': String(photo.data.length),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      })
      .end(photo.data);
  }
}
