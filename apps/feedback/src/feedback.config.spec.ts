import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { dataKeysFrom, feedbackConfigFromEnv, sealingPrivateKeysFrom } from './feedback.config';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = Buffer.from(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string).toString('base64');
const key = () => randomBytes(32).toString('base64');
const env = (overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  LOKET_SEALING_PRIVATE_KEYS: `feedback-1:${pem}`,
  LOKET_FEEDBACK_DATA_KEYS: `data-2:${key()},data-1:${key()}`,
  LOKET_FEEDBACK_LINK_SECRET: key(),
  ...overrides,
});

describe('feedbackConfigFromEnv', () => {
  it('has the defaults of the local stack', () => {
    const config = feedbackConfigFromEnv(env());
    expect(config.http.port).toBe(3004);
    expect(config.mail).toMatchObject({ host: '127.0.0.1', port: 1025, from: 'Loket <noreply@loket.local>' });
    expect(config.publicUrl).toBe('http://localhost:3004');
    expect(config.tracking.requestsPerMinute).toBe(30);
  });

  it('keeps the data keys in order: the first writes', () => {
    expect(feedbackConfigFromEnv(env()).dataKeys.map((k) => k.kid)).toEqual(['data-2', 'data-1']);
  });

  it.each(['LOKET_SEALING_PRIVATE_KEYS', 'LOKET_FEEDBACK_DATA_KEYS', 'LOKET_FEEDBACK_LINK_SECRET'])('requires %s', (name) => {
    expect(() => feedbackConfigFromEnv(env({ [name]: undefined }))).toThrow(name);
  });

  it('refuses a data key that is not 32 bytes, naming the key but not its value', () => {
    const short = randomBytes(16).toString('base64');
    expect(() => dataKeysFrom(`data-1:${short}`)).toThrow(/data-1.*32 bytes/);
    expect(() => dataKeysFrom(`data-1:${short}`)).not.toThrow(short);
  });

  it('refuses a key id twice, an entry without id and a sealing key that is no PEM', () => {
    expect(() => dataKeysFrom(`a:${key()},a:${key()}`)).toThrow('appears twice');
    expect(() => dataKeysFrom(key())).toThrow('kid:value');
    expect(() => sealingPrivateKeysFrom(`k:${Buffer.from('hello').toString('base64')}`)).toThrow('PEM private key');
    const unreadable = Buffer.from('-----BEGIN PRIVATE KEY-----\nMII…\n-----END PRIVATE KEY-----\n').toString('base64');
    expect(() => sealingPrivateKeysFrom(`k:${unreadable}`)).toThrow('key "k" is not a readable PEM private key');
  });

  it('refuses a public URL that is not http(s) and strips its trailing slash', () => {
    expect(() => feedbackConfigFromEnv(env({ LOKET_PUBLIC_URL: 'ftp://x' }))).toThrow('http(s)');
    expect(feedbackConfigFromEnv(env({ LOKET_PUBLIC_URL: 'https://loket.example/' })).publicUrl).toBe('https://loket.example');
  });
});
