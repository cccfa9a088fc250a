import type { RoutingPolicy } from '../policy/routing-policy.types';
import { isPublishable, type PolicyCatalogue, type PolicyIssue } from '../validate/policy-issue';
import { validatePolicy } from '../validate/validate-policy';

export type PublishRejectionCode =
  'not-a-draft' | 'current-not-published' | 'version-not-newer' | 'invalid-policy';

export type PublishResult =
  | {
      ok: true;
      /** The draft, now published. */
      published: RoutingPolicy;
      /** The previously published policy, now retired; null when nothing was published before. */
      retired: RoutingPolicy | null;
      /** Warnings found while validating; they do not block publishing. */
      warnings: PolicyIssue[];
    }
  | { ok: false; code: PublishRejectionCode; message: string; issues: PolicyIssue[] };

/**
 * Publishes a draft in place of the current published policy (pure: returns new documents, stores nothing).
 * Rejects a non-draft, a current that is not published, a version not above the current one of the same policy,
 * and a draft with validation errors. The caller stores both documents in one transaction.
 */
export function publishPolicy(
  draft: RoutingPolicy,
  current: RoutingPolicy | null,
  catalogue: PolicyCatalogue,
): PublishResult {
  if (draft.status !== 'draft') {
    return reject('not-a-draft', `policy ${draft.id} v${draft.version} is ${draft.status}, not a draft`);
  }
  if (current !== null && current.status !== 'published') {
    return reject(
      'current-not-published',
      `policy ${current.id} v${current.version} is ${current.status}, not published`,
    );
  }
  if (current !== null && current.id === draft.id && draft.version <= current.version) {
    return reject(
      'version-not-newer',
      `draft v${draft.version} is not newer than published v${current.version}`,
    );
  }
  const issues = validatePolicy(draft, catalogue);
  if (!isPublishable(issues)) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    return { ok: false, code: 'invalid-policy', message: `the draft has ${errors.length} error(s)`, issues };
  }
  return {
    ok: true,
    published: { ...structuredClone(draft), status: 'published' },
    retired: current === null ? null : { ...structuredClone(current), status: 'retired' },
    warnings: issues,
  };
}

/**
 * A new draft copied from a policy (usually the published one), one version up unless a version is given. The
 * caller picks `version` when other drafts exist already (e.g. highest stored version + 1).
 */
export function nextDraft(from: RoutingPolicy, version: number = from.version + 1): RoutingPolicy {
  return { ...structuredClone(from), version, status: 'draft' };
}

/** The versioning helpers together. */
export const PolicyLifecycle = { publish: publishPolicy, nextDraft } as const;

function reject(code: PublishRejectionCode, message: string): PublishResult {
  return { ok: false, code, message, issues: [] };
}
