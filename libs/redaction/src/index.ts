// @loket/redaction: personal data (e-mail addresses, phone numbers, postcode with house number, IBAN, BSN-like
// numbers) removed from free text before it is shown to anyone outside the case, and a place made coarse (the
// ~100 m cell it lies in). Framework-free.
export type { RedactionKind } from './redaction/pii-patterns';
export { REDACTION_MARKERS } from './redaction/pii-patterns';
export type { RedactionOptions, RedactionResult } from './redaction/redact';
export { redact } from './redaction/redact';
export { coarsePlace } from './place/coarse-place';
