/** The kinds of personal data redact() removes, in the order it looks for them. */
export type RedactionKind = 'email' | 'iban' | 'address' | 'phone' | 'bsn';

export const REDACTION_MARKERS: Readonly<Record<RedactionKind, string>> = {
  email: '[e-mail verwijderd]',
  iban: '[nummer verwijderd]',
  address: '[adres verwijderd]',
  phone: '[telefoonnummer verwijderd]',
  bsn: '[nummer verwijderd]',
};

/**
 * name@domain.tld, also written with spaces around the @ ('name @ domain.tld') or obfuscated as name(at)domain.tld,
 * name [at] domain [dot] tld.
 */
export const EMAIL =
  /[\p{L}\p{N}._%+-]+(?:\s?@\s?|\s?[[(]at[\])]\s?)[\p{L}\p{N}-]+(?:(?:\.|\s?[[(]dot[\])]\s?)[\p{L}\p{N}-]+)*(?:\.|\s?[[(]dot[\])]\s?)\p{L}{2,}/giu;

/** An address spelled out to dodge filters: 'anna at buurt dot nl', 'anna apenstaartje buurt punt nl'. */
export const SPELLED_EMAIL =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}._%+-]+\s+(?:at|apenstaartje)\s+[\p{L}\p{N}-]+(?:\s+(?:dot|punt)\s+[\p{L}\p{N}-]+)*\s+(?:dot|punt)\s+\p{L}{2,}(?![\p{L}\p{N}])/giu;

/** An IBAN candidate: country, check digits, groups of four with optional spaces; checked by isIban. */
export const IBAN = /\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi;

/**
 * A Dutch postcode with a house number, either order: '1234 AB 12', '1234AB 12a', '1234-AB 12', '1234ab, 12-3', '12, 1234 AB'.
 * Letters must be capitals unless attached to the digits, so '2023 en 3' stays.
 */
export const POSTCODE_WITH_NUMBER =
  /\b[1-9][0-9]{3}(?:[ -]?[A-Z]{2}|[a-z]{2})(?![\p{L}])[ ,]*(?:nr\.? ?)?[0-9]{1,5}(?:-?[A-Za-z](?![\p{L}])|-[0-9]{1,4}|-[A-Z]{1,3}(?![\p{L}]))?(?![0-9])|(?<![\p{L}\p{N}])[0-9]{1,5}[A-Za-z]?, ?[1-9][0-9]{3} ?[A-Z]{2}(?![\p{L}])/gu;

/** +31 6 1234 5678, 0031 20 123 4567, +1 (555) 123-4567: a country code and 8 … 15 digits in all. */
export const INTERNATIONAL_PHONE =
  /(?<![\p{L}\p{N}+])(?:\+|00)[1-9][0-9]{0,2}(?:[ .-]?\(0\))?(?:[ .-]?\(?[0-9]{1,4}\)?){2,7}(?![\p{L}\p{N}])/gu;

/**
 * 06-12345678, 06/12345678, 020-1234567, (010) 123 45 67, 0612345678, 06 - 12 34 56 78, 06–12345678: ten digits starting with 0
 * (checked by digit count).
 */
export const DUTCH_PHONE =
  /(?<![\p{L}\p{N}+(])(?:\(0[1-9][0-9]{0,2}\) ?|0[1-9][0-9]{0,2}(?: ?[-–/] ?|[ .])?)[0-9]{2,8}(?:[ .][0-9]{2,4}){0,3}(?![\p{L}\p{N}])/gu;

/** A Dutch mobile number with its country code but no + or 00, as in chat links: 31612345678, 31 6 12345678. */
export const BARE_COUNTRY_CODE_MOBILE = /(?<![\p{L}\p{N}])31 ?6[ -]?[0-9]{8}(?![\p{L}\p{N}])/gu;

/** Nine digits in a row, or grouped 123.456.789 / 1234.56.789: BSN-like. */
export const BSN_LIKE =
  /(?<![\p{L}\p{N}.,-])(?:[0-9]{9}|[0-9]{3}\.[0-9]{3}\.[0-9]{3}|[0-9]{4}\.[0-9]{2}\.[0-9]{3})(?![\p{L}\p{N}]|[.,-][0-9])/gu;

export function digitCount(text: string): number {
  let count = 0;
  for (const ch of text) if (ch >= '0' && ch <= '9') count++;
  return count;
}

/** A plausible IBAN: ISO 7064 mod-97 check, or the Dutch shape (NLkk BANK 0123456789) written with a typo. */
export function isIban(candidate: string): boolean {
  const iban = candidate.replace(/ /g, '').toUpperCase();
  if (/^NL[0-9]{2}[A-Z]{4}[0-9]{10}$/.test(iban)) return true;
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);
    remainder = Number(`${remainder}${value}`) % 97;
  }
  return remainder === 1;
}
