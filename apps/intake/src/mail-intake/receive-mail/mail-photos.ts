import { MAX_PHOTOS_PER_REPORT } from '@loket/contracts';
import { sniffImageType } from '../../photos/upload/image-type';
import type { UploadedPhoto } from '../../photos/upload/multipart-report.interceptor';
import type { MailAttachment } from '../smtp/received-mail';

/** The photo kinds the loket takes, as the web form does (a HEIC becomes a JPEG when cleaned). */
const PHOTO_KINDS = new Set(['jpeg', 'png', 'heic']);

/**
 * The photos of a mail, as uploads for the report: its JPEG, PNG and HEIC attachments, recognised by their content
 * (mail clients often say application/octet-stream), at most three, in the mail's order. Other attachments (a PDF,
 * a GIF logo, a vCard) are left out rather than refused: the sender cannot easily take them off.
 */
export function photosOfMail(attachments: readonly MailAttachment[]): UploadedPhoto[] {
  return attachments
    .filter((attachment) => PHOTO_KINDS.has(sniffImageType(attachment.bytes).kind))
    .slice(0, MAX_PHOTOS_PER_REPORT)
    .map((attachment, i) => ({ name: `photo ${i + 1}`, bytes: attachment.bytes }));
}
