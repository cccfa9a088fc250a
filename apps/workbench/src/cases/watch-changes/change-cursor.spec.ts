import { decodeChangeCursor, encodeChangeCursor } from './change-cursor';

describe('the change cursor', () => {
  it('comes back as it was made', () => {
    const cursor = { watermark: new Date('2026-12-03T10:00:00.123Z'), fingerprint: 'd41d8cd98f00b204e9800998ecf8427e' };
    expect(decodeChangeCursor(encodeChangeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['not base64url', 'a+b'],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['the wrong shape', Buffer.from(JSON.stringify({ w: 1 })).toString('base64url')],
    ['a bad instant', Buffer.from(JSON.stringify(['yesterday', 'd41d8cd98f00b204e9800998ecf8427e'])).toString('base64url')],
    ['a bad fingerprint', Buffer.from(JSON.stringify(['2026-12-03T10:00:00.123Z', 'xyz'])).toString('base64url')],
  ])('is refused when it is %s', (_, value) => {
    expect(decodeChangeCursor(value)).toBeNull();
  });
});
