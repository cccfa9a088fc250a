import { decodeCursor, encodeCursor } from './case-cursor';

describe('case cursor', () => {
  const id = '0b6f3c8e-4d1a-4f5e-9a7b-2c3d4e5f6a7b';
  const at = new Date('2026-05-01T08:00:01.123Z');
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it.each([
    { sort: '-openedAt' as const, at, id },
    { sort: 'openedAt' as const, at, id },
    { sort: 'dueAt' as const, at, id },
    { sort: '-priority' as const, at, rank: 3, id },
  ])('round-trips a $sort position through an opaque, URL-safe string', (position) => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(position.id);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 of something else', b64({ a: 1 })],
    ['an unknown sort', b64(['size', at.toISOString(), id])],
    ['a bad date', b64(['dueAt', '2026-13-45T99:00:00.000Z', id])],
    ['a bad id', b64(['dueAt', at.toISOString(), "1' OR 1=1"])],
    ['a priority cursor without its rank', b64(['-priority', at.toISOString(), id])],
    ['a rank out of range', b64(['-priority', at.toISOString(), id, 9])],
    ['a rank on a sort that has none', b64(['dueAt', at.toISOString(), id, 3])],
    ['the old format without a sort', b64([at.toISOString(), id])],
    ['not JSON', Buffer.from('[oops').toString('base64url')],
  ])('refuses %s', (_, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
