export type { AuditActor, AuditDetails, AuditEntry, AuditFacts, AuditValue, ChainHead } from './audit-entry';
export { EMPTY_CHAIN, GENESIS_HASH, SYSTEM_ACTOR } from './audit-entry';
export { auditDetails } from './audit-details';
export { canonicalJson } from './canonical-json';
export { appendToChain, canonicalSerialisation, entryHash } from './chain';
export type { ChainBreak, ChainBreakReason, ChainVerification } from './verify-chain';
export { ChainVerifier, verifyChain } from './verify-chain';
export type { AnchorSigningKey, AuditAnchor } from './anchor';
export { anchorPublicKeys, anchorSignatureValid, anchorSigningKey, parseAnchors, signAnchor } from './anchor';
