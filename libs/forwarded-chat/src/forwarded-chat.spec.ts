import { forwardedChat, ForwardedChatError } from './forwarded-chat';

const options = { timeZone: 'Europe/Amsterdam', now: new Date('2026-12-05T22:00:00Z'), maxLength: 5000 };

function problemOf(paste: string, overrides: Partial<typeof options> = {}): string {
  try {
    forwardedChat(paste, { ...options, ...overrides });
  } catch (error) {
    if (error instanceof ForwardedChatError) return error.problem;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('forwardedChat', () => {
  it('keeps one message as its text, with the message time (Amsterdam) as the observed time', () => {
    const chat = forwardedChat('[05-12-26 21:03] Jan de Vries: Er ligt een bank op de stoep bij de Dorpsstraat 12', options);
    expect(chat.description).toBe('Er ligt een bank op de stoep bij de Dorpsstraat 12');
    expect(chat.observedAt.toISOString()).toBe('2026-12-05T20:03:00.000Z');
    expect(chat).toMatchObject({ messages: 1, members: 1 });
  });

  it('labels each member in the order they speak and removes their names wherever the text mentions them', () => {
    const paste = [
      '[05-12-26 21:03] Jan de Vries: Jongens, er wordt gevochten bij het speeltuintje',
      '[05-12-26 21:04] Fatima El Amrani: @Jan de Vries klopt, ik zie het vanaf mijn balkon. Bel jij de politie Jan?',
      '[05-12-26 21:06] Jan de Vries: Fatima, De Vries hier: gebeld. Mijn nummer is 06-12345678 als ze terugbellen',
    ].join('\n');
    const chat = forwardedChat(paste, options);
    expect(chat.description).toBe(
      [
        '[21:03] groepslid 1: Jongens, er wordt gevochten bij het speeltuintje',
        '[21:04] groepslid 2: groepslid 1 klopt, ik zie het vanaf mijn balkon. Bel jij de politie groepslid 1?',
        '[21:06] groepslid 1: groepslid 2, groepslid 1 hier: gebeld. Mijn nummer is [telefoonnummer verwijderd] als ze terugbellen',
      ].join('\n'),
    );
    expect(chat.description).not.toMatch(/Jan|Vries|Fatima|Amrani|12345678/);
    expect(chat.observedAt.toISOString()).toBe('2026-12-05T20:03:00.000Z');
    expect(chat).toMatchObject({ messages: 3, members: 2 });
  });

  it('reads the formats phones export: iPhone with seconds, Android with a dash, Signal, slashes, 12-hour clocks', () => {
    const cases: [string, string][] = [
      ['[05-12-2026 21:03:15] Jan: tekst', '2026-12-05T20:03:15.000Z'],
      ['[05/12/2026, 21:03:15] Jan: tekst', '2026-12-05T20:03:15.000Z'],
      ['05-12-2026 21:03 - Jan: tekst', '2026-12-05T20:03:00.000Z'],
      ['5/12/26, 9:03 PM - Jan: tekst', '2026-12-05T20:03:00.000Z'],
      ['\u200e[05-07-26 09:03] ~ Jan: tekst', '2026-07-05T07:03:00.000Z'],
    ];
    for (const [paste, observed] of cases) {
      const chat = forwardedChat(paste, options);
      expect({ paste, text: chat.description, observed: chat.observedAt.toISOString() }).toEqual({ paste, text: 'tekst', observed });
    }
  });

  it('joins lines that continue a message, and leaves out placeholders, deleted messages and group events', () => {
    const paste = [
      '[05-12-26 20:58] Buurtapp Bloemenbuurt: \u200eBerichten en oproepen zijn end-to-end versleuteld.',
      '[05-12-26 20:59] Piet Bakker heeft Kees toegevoegd',
      '[05-12-26 21:00] Kees: <Media weggelaten>',
      '[05-12-26 21:01] Kees: \u200e<bijgevoegd: 00000012-PHOTO-2026-12-05-21-01-00.jpg>',
      '[05-12-26 21:02] Piet Bakker: Dit bericht is verwijderd',
      '[05-12-26 21:03] Kees: Weer een matras bij de glasbak.',
      'Tweede keer deze week!',
    ].join('\n');
    const chat = forwardedChat(paste, options);
    expect(chat.description).toBe('Weer een matras bij de glasbak.\nTweede keer deze week!');
    expect(chat.observedAt.toISOString()).toBe('2026-12-05T20:03:00.000Z');
    expect(chat.messages).toBe(1);
  });

  it('removes the names of members who only appear in group events or placeholders when the text mentions them', () => {
    const paste = ['[05-12-26 21:00] Piet Bakker: <Media weggelaten>', '[05-12-26 21:03] Kees: Piet zag het ook, vraag @Anouk maar'].join('\n');
    expect(forwardedChat(paste, options).description).toBe('groepslid 2 zag het ook, vraag groepslid maar');
  });

  it('takes the names in group events (added, removed, left, joined) for members, from Android and iPhone exports', () => {
    const paste = [
      '05-12-2026 20:50 - Henk Poortvliet heeft Sanne en Yusuf toegevoegd',
      '05-12-2026 20:51 - Karel added Wim',
      '[05-12-26 20:52] Buurtapp: \u200eLotte heeft Dirk verwijderd',
      '05-12-2026 20:53 - Je hebt Bea toegevoegd',
      '05-12-2026 21:03 - Anna: Henk, Sanne, Yusuf, Karel, Wim, Lotte, Dirk en Bea: de lantaarnpaal is weer kapot',
    ].join('\n');
    const chat = forwardedChat(paste, options);
    expect(chat.description).not.toMatch(/Henk|Sanne|Yusuf|Karel|Wim|Lotte|Dirk|Bea/);
    expect(chat.description).toMatch(/: de lantaarnpaal is weer kapot$/);
  });

  it('treats a member shown as a phone number like any other, and removes e-mail addresses but keeps addresses', () => {
    const paste = [
      '[05-12-26 21:03] +31 6 12345678: Auto met open ramen voor Kerkstraat 3, 1234 AB 3. Mail me: kees@example.nl',
      '[05-12-26 21:05] Anna: Dank @+31 6 12345678',
    ].join('\n');
    const chat = forwardedChat(paste, options);
    expect(chat.description).not.toMatch(/12345678|kees@example/);
    expect(chat.description).toContain('Kerkstraat 3, 1234 AB 3');
    expect(chat.description).toContain('[e-mail verwijderd]');
  });

  it('does not take particles such as "van" or "de" for names', () => {
    const chat = forwardedChat('[05-12-26 21:03] Joost van der Berg: De bank van de buren staat op straat', options);
    expect(chat.description).toBe('De bank van de buren staat op straat');
  });

  it('names the day too when the messages span more than one day, and takes the first as the observed time', () => {
    const chat = forwardedChat(['[04-12-26 23:59] An: eerste', '[05-12-26 00:10] Bo: tweede'].join('\n'), options);
    expect(chat.description).toBe('[04-12 23:59] groepslid 1: eerste\n[05-12 00:10] groepslid 2: tweede');
    expect(chat.observedAt.toISOString()).toBe('2026-12-04T22:59:00.000Z');
  });

  it('refuses a paste that is not an export, text before the first message, a date in the future and too much text', () => {
    expect(problemOf('Er ligt een bank op de stoep')).toBe('no-messages');
    expect(problemOf('[05-12-26 21:03] Jan: <Media weggelaten>')).toBe('no-messages');
    expect(problemOf('Kijk wat Jan stuurde:\n[05-12-26 21:03] Jan: bank op de stoep')).toBe('text-before-messages');
    expect(problemOf('[12-05-27 21:03] Jan: bank op de stoep')).toBe('in-the-future');
    expect(problemOf('[05-12-26 21:03] Jan: bank op de stoep', { maxLength: 10 })).toBe('too-long');
    expect(problemOf('[31-02-26 21:03] Jan: geen echte datum')).toBe('no-messages');
  });

  it('never quotes the paste in a refusal (it holds the members\' names)', () => {
    try {
      forwardedChat('Jan Jansen zegt:\n[05-12-26 21:03] Jan Jansen: hoi', options);
    } catch (error) {
      expect((error as Error).message).not.toMatch(/Jan/);
    }
  });
});
