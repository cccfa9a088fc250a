import { generateKeyPairSync } from 'node:crypto';
import { openSealedBox, sealFor } from './sealed-box';

const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const recipient = { kid: 'feedback-1', publicKey: keys.publicKey };
const privateKeys = new Map([['feedback-1', keys.privateKey]]);

describe('sealed box', () => {
  it('opens what was sealed for the holder of the private key', () => {
    const content = { contact: { email: 'anna@example.nl' }, trackingCode: 'ABCD-EFGH-JKMN-PQRS-TVWX' };
    expect(openSealedBox(sealFor(recipient, content), privateKeys)).toEqual(content);
  });

  it('does not carry the content in readable form', () => {
    const box = sealFor(recipient, { email: 'anna@example.nl' });
    expect(JSON.stringify(box)).not.toContain('anna@example.nl');
    expect(Buffer.from(box.ciphertext, 'base64').toString('utf8')).not.toContain('anna');
  });

  it('refuses a box whose ciphertext was altered', () => {
    const box = sealFor(recipient, { email: 'anna@example.nl' });
    const bytes = Buffer.from(box.ciphertext, 'base64');
    bytes[0] = bytes[0]! ^ 0xff;
    expect(() => openSealedBox({ ...box, ciphertext: bytes.toString('base64') }, privateKeys)).toThrow();
  });

  it('refuses a box sealed for a key it does not hold', () => {
    const box = sealFor({ ...recipient, kid: 'feedback-2' }, { x: 1 });
    expect(() => openSealedBox(box, privateKeys)).toThrow(/no private key/);
  });
});
