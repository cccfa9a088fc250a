import { acceptsRecipient, mailIntakeConfigFromEnv, replyTokenOf } from './mail-intake.config';

describe('mailIntakeConfigFromEnv', () => {
  it('keeps the door shut unless asked, with a week for a place', () => {
    expect(mailIntakeConfigFromEnv({})).toEqual({ door: 'off', publicUrl: 'http://localhost:3000', locationDays: 7 });
  });

  it('opens an SMTP door on 127.0.0.1:2525 for the addresses and domains listed', () => {
    const config = mailIntakeConfigFromEnv({ LOKET_MAIL_INTAKE: 'smtp', LOKET_MAIL_INTAKE_ADDRESS: 'Meldingen@Loket.localhost, @wijk.example.nl,loket.example' });
    expect(config).toMatchObject({
      door: 'smtp',
      host: '127.0.0.1',
      port: 2525,
      recipients: { addresses: ['meldingen@loket.localhost'], domains: ['wijk.example.nl', 'loket.example'] },
      relay: { host: '127.0.0.1', port: 1025, from: 'Loket <noreply@loket.local>' },
    });
    if (config.door !== 'smtp') throw new Error('expected the SMTP door');
    expect(acceptsRecipient(config.recipients, 'MELDINGEN@loket.localhost')).toBe(true);
    expect(acceptsRecipient(config.recipients, 'wie.dan.ook@wijk.example.nl')).toBe(true);
    expect(acceptsRecipient(config.recipients, 'iemand@elders.example.nl')).toBe(false);
    expect(acceptsRecipient(config.recipients, 'wijk.example.nl')).toBe(false);
  });

  it.each([
    [{ LOKET_MAIL_INTAKE: 'imap' }, /imap is not built/],
    [{ LOKET_MAIL_INTAKE: 'pop3' }, /LOKET_MAIL_INTAKE must be one of off, smtp, imap/],
    [{ LOKET_MAIL_INTAKE: 'smtp' }, /LOKET_MAIL_INTAKE_ADDRESS is required/],
    [{ LOKET_MAIL_INTAKE: 'smtp', LOKET_MAIL_INTAKE_ADDRESS: 'niet een adres!' }, /must list e-mail addresses or domains/],
    [{ LOKET_MAIL_INTAKE: 'smtp', LOKET_MAIL_INTAKE_ADDRESS: 'a@b.nl', LOKET_MAIL_INTAKE_PORT: '70000' }, /LOKET_MAIL_INTAKE_PORT must be a port/],
    [{ LOKET_MAIL_INTAKE: 'smtp', LOKET_MAIL_INTAKE_ADDRESS: 'a@b.nl', LOKET_MAIL_INTAKE_MAX_BYTES: '100' }, /at least 65536/],
    [{ LOKET_MAIL_LOCATION_DAYS: '0' }, /LOKET_MAIL_LOCATION_DAYS must be at least 1/],
    [{ LOKET_PUBLIC_URL: 'ftp://loket' }, /LOKET_PUBLIC_URL must be http/],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => mailIntakeConfigFromEnv(env)).toThrow(message);
  });
});

describe('replyTokenOf: a reply to a question by e-mail', () => {
  const token = 'abcdefghijklmnopqrstuvwxyz';
  it('reads the token of the question reply address, in any case, and nothing else', () => {
    expect(replyTokenOf('antwoord@loket.localhost', `antwoord+${token}@loket.localhost`)).toBe(token);
    expect(replyTokenOf('antwoord@loket.localhost', `Antwoord+${token.toUpperCase()}@Loket.Localhost`)).toBe(token);
    expect(replyTokenOf('antwoord@loket.localhost', 'antwoord@loket.localhost')).toBeNull();
    expect(replyTokenOf('antwoord@loket.localhost', `antwoord+${token}@elders.example.nl`)).toBeNull();
    expect(replyTokenOf('antwoord@loket.localhost', `antwoord+kort@loket.localhost`)).toBeNull();
    expect(replyTokenOf(undefined, `antwoord+${token}@loket.localhost`)).toBeNull();
  });

  it('takes mail for a reply address only when replies are configured', () => {
    const recipients = { addresses: ['meldingen@loket.localhost'], domains: [] };
    expect(acceptsRecipient(recipients, `antwoord+${token}@loket.localhost`, 'antwoord@loket.localhost')).toBe(true);
    expect(acceptsRecipient(recipients, `antwoord+${token}@loket.localhost`)).toBe(false);
  });
});
