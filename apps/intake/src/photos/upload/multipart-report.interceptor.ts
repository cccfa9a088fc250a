import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import type { Observable } from 'rxjs';
import { MAX_PHOTOS_PER_REPORT } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { MAX_PHOTO_BYTES, PhotoProblems } from './photo-problems';

/** The photos of a multipart report, in the order they were sent: the bytes as uploaded, not yet cleaned. */
export interface UploadedPhoto {
  name: string;
  bytes: Buffer;
}

export const PHOTOS_FIELD = 'photos';
export const REPORT_FIELD = 'report';
const REPORT_FIELD_MAX_BYTES = 64 * 1024; // as for a JSON body
/** More than this is refused before a byte is read: 3 photos of 10 MB and the form around them. */
const MAX_MULTIPART_BYTES = MAX_PHOTOS_PER_REPORT * MAX_PHOTO_BYTES + 1024 * 1024;

const photosOf = new WeakMap<Request, UploadedPhoto[]>();

/** The photos the interceptor took from this request (none for a JSON request). */
export function uploadedPhotosOf(request: Request): UploadedPhoto[] {
  return photosOf.get(request) ?? [];
}

/**
 * `POST /api/v1/reports` as `multipart/form-data`: field `report` holds the same JSON as a JSON request, and up
 * to three files in field `photos`. The JSON becomes the body (validated as usual); the photos wait for the
 * use-case. A photo over 10 MB stops the upload there (413; the rest is read and dropped, never kept), a fourth
 * photo or another field is a 400. A JSON request passes untouched.
 */
@Injectable()
export class MultipartReportInterceptor implements NestInterceptor {
  private readonly upload: RequestHandler = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_PHOTOS_PER_REPORT, fields: 1, fieldSize: REPORT_FIELD_MAX_BYTES },
  }).any();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.is('multipart/form-data')) return next.handle();
    const response = context.switchToHttp().getResponse<Response>();
    if (Number(request.headers['content-length'] ?? 0) > MAX_MULTIPART_BYTES) {
      response.setHeader('connection', 'close'); // do not read what is refused
      throw PhotoProblems.requestTooLarge();
    }
    await new Promise<void>((resolve, reject) => this.upload(request, response, (error: unknown) => (error ? reject(problemOf(error)) : resolve())));
    const files = (request.files ?? []) as Express.Multer.File[];
    const stray = files.find((f) => f.fieldname !== PHOTOS_FIELD);
    if (stray) throw PhotoProblems.badForm(`Files go in field "${PHOTOS_FIELD}", not "${stray.fieldname}"`, stray.fieldname);
    photosOf.set(request, files.map((f, i) => ({ name: `photo ${i + 1}`, bytes: f.buffer })));
    request.body = reportOf(request.body as Record<string, unknown>);
    return next.handle();
  }
}

function reportOf(fields: Record<string, unknown>): unknown {
  const raw = fields[REPORT_FIELD];
  if (typeof raw !== 'string') throw PhotoProblems.badForm(`Field "${REPORT_FIELD}" with the report as JSON is required`, REPORT_FIELD);
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw PhotoProblems.badForm(`Field "${REPORT_FIELD}" is not valid JSON`, REPORT_FIELD);
  }
}

function problemOf(error: unknown): ProblemException {
  if (error instanceof ProblemException) return error;
  if (!(error instanceof MulterError)) return PhotoProblems.badForm(`The form could not be read: ${(error as Error).message}`, '');
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return PhotoProblems.tooLarge('A photo');
    case 'LIMIT_FILE_COUNT':
      return PhotoProblems.tooMany();
    case 'LIMIT_FIELD_VALUE':
      return PhotoProblems.badForm(`Field "${REPORT_FIELD}" is larger than 64 KB`, REPORT_FIELD);
    case 'LIMIT_PART_COUNT':
    case 'LIMIT_FIELD_COUNT':
    case 'LIMIT_FIELD_KEY':
    case 'LIMIT_UNEXPECTED_FILE':
    case 'MISSING_FIELD_NAME':
      return PhotoProblems.badForm(`Send only field "${REPORT_FIELD}" and up to ${MAX_PHOTOS_PER_REPORT} files in "${PHOTOS_FIELD}"`, error.field ?? '');
    default:
      return PhotoProblems.badForm(`The form could not be read (${error.code})`, error.field ?? '');
  }
}
