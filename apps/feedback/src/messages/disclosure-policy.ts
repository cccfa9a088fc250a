import { DEFAULT_DISCLOSURE_MATRIX, DEFAULT_TEMPLATES, DisclosureMatrix, MessageTemplates } from '@loket/disclosure-policy';

/**
 * The disclosure policy in force: the matrix (sensitivity × tier → ceiling) and the message templates. The
 * defaults of `@loket/disclosure-policy` for now; administrators' versions (issue 5) will be loaded into this.
 */
export abstract class DisclosurePolicy {
  abstract readonly matrix: DisclosureMatrix;
  abstract readonly templates: MessageTemplates;
}

export const DEFAULT_DISCLOSURE_POLICY: DisclosurePolicy = { matrix: DEFAULT_DISCLOSURE_MATRIX, templates: DEFAULT_TEMPLATES };
