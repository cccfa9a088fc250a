import { randomBytes, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789'; // 32 symbols, no I, L, O, U: easy to read aloud

/** 20 symbols of 5 bits each: 100 bits of randomness, grouped for people, e.g. `K7QM-2XNP-8RTD-4VWB-HC9F`. */
export function newTrackingCode(): string {
  const symbols = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12, 16].map((i) => symbols.slice(i, i + 4).join('')).join('-');
}

/** A pseudonym for the reporter of one report: other services know the reporter by this alone. */
export function newReporterRef(): string {
  return `rr_${randomBytes(16).toString('base64url')}`;
}
