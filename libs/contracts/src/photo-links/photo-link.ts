import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one synchronous step between the workbench and intake for photos: the workbench checks that the caller
 * may see the case and that the photo belongs to one of its reports, then asks intake for it with a link that
 * is signed (HMAC-SHA256 with a secret only the two share) and lives a minute. Intake checks the signature and
 * the expiry, and that the photo belongs to the report; it answers nobody else.
 */
export interface PhotoLink {
  reportId: string;
  photoId: string;
  /** Unix time in seconds after which the link is refused. */
  expires: number;
}

export const PHOTO_LINK_MAX_TTL_SECONDS = 300;

/** The path on intake, with its signature: `/internal/v1/reports/{reportId}/photos/{photoId}?expires=…&signature=…`. */
export function signedPhotoPath(secret: string, link: PhotoLink): string {
  const query = new URLSearchParams({ expires: String(link.expires), signature: photoLinkSignature(secret, link) });
  return `/internal/v1/reports/${encodeURIComponent(link.reportId)}/photos/${encodeURIComponent(link.photoId)}?${query}`;
}

export function photoLinkSignature(secret: string, { reportId, photoId, expires }: PhotoLink): string {
  return createHmac('sha256', secret).update(`loket-photo-link-v1\n${reportId}\n${photoId}\n${expires}`).digest('base64url');
}

export type PhotoLinkCheck = 'valid' | 'expired' | 'bad-signature';

/** A link is valid when its signature is right and it expires within the next few minutes, not before now. */
export function checkPhotoLink(secret: string, link: PhotoLink, signature: string, now: Date): PhotoLinkCheck {
  const expected = Buffer.from(photoLinkSignature(secret, link));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad-signature';
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (!Number.isInteger(link.expires) || link.expires < nowSeconds || link.expires > nowSeconds + PHOTO_LINK_MAX_TTL_SECONDS) return 'expired';
  return 'valid';
}
