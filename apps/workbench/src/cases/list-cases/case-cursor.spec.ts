import { decodeCursor, encodeCursor } from './case-cursor';

describe('case cursor', () => {
  const position = {
    openedAt: new Date('2026-05-01T08:00:01.123Z'),
    id: '0b6f3c8e-4d1a-4f5e-9a7b-2c3d4e5f6a7b',
  };

  it('round-trips a position through an opaque, URL-safe string', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(position.id);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 of something else', Buffer.from('{"a":1}').toString('base64url')],
    [
      'a bad date',
      Buffer.from(JSON.stringify(['2026-13-45T99:00:00.000Z', position.id])).toString('base64url'),
    ],
    [
      'a bad id',
      Buffer.from(JSON.stringify([position.openedAt.toISOString(), "1' OR 1=1"])).toString('base64url'),
    ],
    [
      'extra parts',
      Buffer.from(JSON.stringify([position.openedAt.toISOString(), position.id, 3])).toString('base64url'),
    ],
    ['not JSON', Buffer.from('[oops').toString('base64url')],
  ])('refuses %s', (_, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
