import { forwardedChat, ForwardedChatError } from './forwarded-chat';

const options = { timeZone: 'Europe/Amsterdam', now: new Date('2026-12-05T22:00:00Z'), maxLength: 5000 };

/** Pastes of the largest size intake takes, shaped to make patterns backtrack: each is read (or refused) at once. */
describe('forwardedChat on hostile pastes', () => {
  const pastes: [string, string][] = [
    ['one long group-event-like line', `[05-12-26 21:03] ${'a heeft '.repeat(2_400)}`],
    ['one long line of colons', `[05-12-26 21:03] ${'a:'.repeat(9_900)}`],
    ['many members mentioning each other', Array.from({ length: 400 }, (_, i) => `[05-12-26 21:03] Lid${i} Naam${i}: @Lid${i + 1} Naam${i + 1}`).join('\n')],
    ['dates without end', '[05-12-26 21:03'.repeat(1_300)],
    ['many @ signs', `[05-12-26 21:03] Jan: ${'@'.repeat(19_970)}`],
  ];

  it.each(pastes)('%s', (_, paste) => {
    const started = process.hrtime.bigint();
    try {
      forwardedChat(paste.slice(0, 20_000), options);
    } catch (error) {
      expect(error).toBeInstanceOf(ForwardedChatError);
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(ms).toBeLessThan(2_000); // generous for a loaded machine; a backtracking pattern takes minutes
  });
});
