import {
  BARE_COUNTRY_CODE_MOBILE,
  BSN_LIKE,
  digitCount,
  DUTCH_PHONE,
  EMAIL,
  IBAN,
  INTERNATIONAL_PHONE,
  isIban,
  POSTCODE_WITH_NUMBER,
  REDACTION_MARKERS,
  SPELLED_EMAIL,
  type RedactionKind,
} from './pii-patterns';

export interface RedactionResult {
  text: string;
  /** Per kind found, how many were removed; kinds not found are left out. */
  removed: { kind: RedactionKind; count: number }[];
}

export interface RedactionOptions {
  /**
   * Kinds to leave in the text. A forwarded chat message keeps its addresses (they say where it happened, and they
   * are the reporter's to give) while the group members' numbers and e-mail addresses go.
   */
  keep?: readonly RedactionKind[];
}

interface Pass {
  kind: RedactionKind;
  pattern: RegExp;
  accept: (match: string) => boolean;
}

const always = () => true;

/** In this order: e-mail first (it holds digits), IBAN before phone numbers (it holds ten-digit runs). */
const PASSES: readonly Pass[] = [
  { kind: 'email', pattern: EMAIL, accept: always },
  { kind: 'email', pattern: SPELLED_EMAIL, accept: always },
  { kind: 'iban', pattern: IBAN, accept: isIban },
  { kind: 'address', pattern: POSTCODE_WITH_NUMBER, accept: always },
  { kind: 'phone', pattern: INTERNATIONAL_PHONE, accept: isInternationalNumber },
  { kind: 'phone', pattern: DUTCH_PHONE, accept: (m) => digitCount(m) === 10 },
  { kind: 'phone', pattern: BARE_COUNTRY_CODE_MOBILE, accept: always },
  { kind: 'bsn', pattern: BSN_LIKE, accept: always },
];

/** Country code and subscriber number: 8 … 15 digits, not counting a leading 00 or a '(0)'. */
function isInternationalNumber(match: string): boolean {
  const digits = digitCount(match.replace(/^00/, '').replace('(0)', ''));
  return digits >= 8 && digits <= 15;
}

const KIND_ORDER: readonly RedactionKind[] = ['email', 'phone', 'address', 'iban', 'bsn'];

/**
 * Free text with personal data replaced by markers: e-mail addresses, Dutch and international phone numbers,
 * postcode with house number, IBANs and BSN-like nine-digit numbers. For anything shown outside the case
 * (public map, Open311). A bare postcode, a street with a number, times, years and counts stay. The text comes
 * back in Unicode compatibility form (NFKC): full-width letters and digits as their plain counterparts.
 */
export function redact(text: string, options: RedactionOptions = {}): RedactionResult {
  const keep = new Set(options.keep ?? []);
  const counts = new Map<RedactionKind, number>();
  // Compatibility forms first: a full-width ＠ or ０６…, a ligature or a non-breaking space is read as what it
  // stands for, so it cannot carry an address or number past the patterns.
  let result = text.normalize('NFKC');
  for (const pass of PASSES) {
    if (keep.has(pass.kind)) continue;
    result = result.replace(pass.pattern, (match) => {
      if (!pass.accept(match)) return match;
      counts.set(pass.kind, (counts.get(pass.kind) ?? 0) + 1);
      return REDACTION_MARKERS[pass.kind];
    });
  }
  return {
    text: result,
    removed: KIND_ORDER.filter((k) => counts.has(k)).map((kind) => ({
      kind,
      count: counts.get(kind) as number,
    })),
  };
}
