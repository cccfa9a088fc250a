import { generateKeyPairSync } from 'node:crypto';
import { sealFor } from '@loket/contracts';
import { openReporterDetails } from './sealed-details-opener';

describe('openReporterDetails', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const keys = { byKid: new Map([['feedback-1', privateKey]]) };
  const recipient = { kid: 'feedback-1', publicKey: publicKey };
  const details = {
    trackingCode: 'K7QM-2XNP-8RTD-4VWB-HC9F',
    contact: { email: 'anna@example.nl' },
    consentToContact: true,
    language: 'nl',
    tier: 'anonymous',
  };

  it('opens and validates what intake sealed', () => {
    expect(openReporterDetails(sealFor(recipient, details), keys)).toMatchObject(details);
  });

  it('names an unknown key id', () => {
    expect(() => openReporterDetails(sealFor({ ...recipient, kid: 'feedback-9' }, details), keys)).toThrow('no private key');
  });

  it('rejects invalid content by field name, without echoing the value', () => {
    const sealed = sealFor(recipient, { ...details, contact: { email: 'not-an-address anna' } });
    const error = (() => {
      try {
        openReporterDetails(sealed, keys);
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected a failure');
    })();
    expect(error.message).toContain('contact.email');
    expect(error.message).not.toContain('anna');
  });

  it('rejects an altered box', () => {
    const sealed = sealFor(recipient, details);
    const tampered = { ...sealed, ciphertext: Buffer.from('x' + Buffer.from(sealed.ciphertext, 'base64').toString('latin1'), 'latin1').toString('base64') };
    expect(() => openReporterDetails(tampered, keys)).toThrow('does not open');
  });
});
