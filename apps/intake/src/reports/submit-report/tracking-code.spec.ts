import { newReporterRef, newTrackingCode } from './tracking-code';

describe('tracking code', () => {
  it('has 20 symbols from a 32-symbol alphabet, i.e. 100 bits of randomness, in groups of four', () => {
    expect(newTrackingCode()).toMatch(/^[A-HJKMNP-TV-Z0-9]{4}(-[A-HJKMNP-TV-Z0-9]{4}){4}$/);
  });

  it('does not repeat across many draws', () => {
    const codes = new Set(Array.from({ length: 10_000 }, newTrackingCode));
    expect(codes.size).toBe(10_000);
  });
});

describe('reporter ref', () => {
  it('is a pseudonym of 128 random bits that fits the event contracts', () => {
    expect(newReporterRef()).toMatch(/^rr_[A-Za-z0-9_-]{22}$/);
  });
});
