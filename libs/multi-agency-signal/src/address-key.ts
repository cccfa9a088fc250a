import { createHmac } from 'node:crypto';

/** An address as a report gives it: a Dutch postcode and house number, with an optional addition. */
export interface Address {
  postcode: string;
  houseNumber: number;
  houseNumberAddition?: string | null;
}

/**
 * One spelling per address: postcode in capitals without spaces, the number as digits, the addition in
 * capitals without spaces or dashes. `1234 ab`, 12, `a` and `1234AB`, 12, `A` are the same address.
 */
export function normaliseAddress(address: Address): string {
  const postcode = address.postcode.replace(/\s+/g, '').toUpperCase();
  if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode)) throw new Error('postcode must be a Dutch postcode like 1234AB');
  if (!Number.isInteger(address.houseNumber) || address.houseNumber < 1) throw new Error('houseNumber must be a positive whole number');
  const addition = (address.houseNumberAddition ?? '').replace(/[\s-]+/g, '').toUpperCase();
  return `${postcode}|${address.houseNumber}|${addition}`;
}

/**
 * The address as a keyed hash (HMAC-SHA256, hex): equal for the same address, and without the key nobody can
 * test guesses against it (there are only a few million Dutch addresses, so a plain hash would be reversible).
 */
export function addressKey(address: Address, secret: string): string {
  if (secret.length < 16) throw new Error('The address key secret must be at least 16 characters');
  return createHmac('sha256', secret).update(normaliseAddress(address)).digest('hex');
}
