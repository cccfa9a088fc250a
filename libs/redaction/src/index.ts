// @loket/redaction: personal data (e-mail addresses, phone numbers, postcode with house number, IBAN, BSN-like
// numbers) removed from free text before it is shown to anyone outside the case. Framework-free.
export type { RedactionKind } from './redaction/pii-patterns';
export { REDACTION_MARKERS } from './redaction/pii-patterns';
export type { RedactionOptions, RedactionResult } from './redaction/redact';
export { redact } from './redaction/redact';
