import { createHash } from 'node:crypto';

/** The shape intake gives tracking codes: five groups of four letters or digits (`K7QM-2XNP-8RTD-4VWB-HC9F`). */
const TRACKING_CODE = /^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/;

/** What a person may type: any case, spaces around. */
export function normaliseTrackingCode(input: string): string {
  return input.trim().toUpperCase();
}

export function isWellFormedTrackingCode(code: string): boolean {
  return TRACKING_CODE.test(code);
}

/**
 * The only form in which a tracking code is stored: its SHA-256. Codes carry 100 random bits, so the hash
 * cannot be reversed by guessing; a database reader learns no code that opens a tracking page.
 */
export function trackingCodeHash(code: string): string {
  return createHash('sha256').update(normaliseTrackingCode(code), 'utf8').digest('hex');
}

/**
 * How messages after the receipt refer to a tracking code that is no longer known: its last group,
 * `…-HC9F`. It tells the reporter which report it is about and leaves 80 random bits unsaid.
 */
export function trackingCodeHint(code: string): string {
  return `…-${normaliseTrackingCode(code).slice(-4)}`;
}
