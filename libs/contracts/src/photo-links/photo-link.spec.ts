import { checkPhotoLink, photoLinkSignature, signedPhotoPath } from './photo-link';

describe('signed photo links between the workbench and intake', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';
  const now = new Date('2026-05-01T10:00:00Z');
  const link = { reportId: '1b6f3c8e-4d1a-4f5e-9a7b-2c3d4e5f6a7b', photoId: '2b6f3c8e-4d1a-4f5e-9a7b-2c3d4e5f6a7b', expires: now.getTime() / 1000 + 60 };
  const signature = photoLinkSignature(secret, link);

  it('accepts its own signature until it expires', () => {
    expect(checkPhotoLink(secret, link, signature, now)).toBe('valid');
    expect(checkPhotoLink(secret, link, signature, new Date(now.getTime() + 61_000))).toBe('expired');
  });

  it('refuses another secret, another photo or report, a changed expiry and a link that lives too long', () => {
    expect(checkPhotoLink('another-secret-of-at-least-thirty-two', link, signature, now)).toBe('bad-signature');
    expect(checkPhotoLink(secret, { ...link, photoId: '3b6f3c8e-4d1a-4f5e-9a7b-2c3d4e5f6a7b' }, signature, now)).toBe('bad-signature');
    expect(checkPhotoLink(secret, { ...link, reportId: '3b6f3c8e-4d1a-4f5e-9a7b-2c3d4e5f6a7b' }, signature, now)).toBe('bad-signature');
    expect(checkPhotoLink(secret, { ...link, expires: link.expires + 3600 }, signature, now)).toBe('bad-signature');
    const longLived = { ...link, expires: link.expires + 3600 };
    expect(checkPhotoLink(secret, longLived, photoLinkSignature(secret, longLived), now)).toBe('expired');
    expect(checkPhotoLink(secret, link, '', now)).toBe('bad-signature');
  });

  it('puts the expiry and signature in the path', () => {
    expect(signedPhotoPath(secret, link)).toBe(`/internal/v1/reports/${link.reportId}/photos/${link.photoId}?expires=${link.expires}&signature=${signature}`);
  });
});
