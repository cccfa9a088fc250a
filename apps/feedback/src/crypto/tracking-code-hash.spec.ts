import { isWellFormedTrackingCode, normaliseTrackingCode, trackingCodeHash, trackingCodeHint } from './tracking-code-hash';

describe('tracking code hash', () => {
  it('is the SHA-256 of the code, the same for the code as typed in any case', () => {
    expect(trackingCodeHash('K7QM-2XNP-8RTD-4VWB-HC9F')).toMatch(/^[0-9a-f]{64}$/);
    expect(trackingCodeHash(' k7qm-2xnp-8rtd-4vwb-hc9f ')).toBe(trackingCodeHash('K7QM-2XNP-8RTD-4VWB-HC9F'));
    expect(trackingCodeHash('K7QM-2XNP-8RTD-4VWB-HC9G')).not.toBe(trackingCodeHash('K7QM-2XNP-8RTD-4VWB-HC9F'));
  });

  it('knows a well-formed code from anything else', () => {
    expect(isWellFormedTrackingCode(normaliseTrackingCode('k7qm-2xnp-8rtd-4vwb-hc9f'))).toBe(true);
    for (const bad of ['', 'K7QM2XNP8RTD4VWBHC9F', 'K7QM-2XNP-8RTD-4VWB', "K7QM-2XNP-8RTD-4VWB-HC9'", 'K7QM-2XNP-8RTD-4VWB-HC9F-AAAA']) {
      expect(isWellFormedTrackingCode(bad)).toBe(false);
    }
  });

  it('hints at a code by its last group only', () => {
    expect(trackingCodeHint('K7QM-2XNP-8RTD-4VWB-HC9F')).toBe('…-HC9F');
  });
});
