import type { RoutingPolicyRecord } from '../routing-policy.entity';

/** One version as the history lists it: its state, and who did what when (null: the seeded version, or not yet). */
export interface PolicyVersionView {
  policyId: string;
  version: number;
  status: string;
  rules: number;
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  retiredAt: string | null;
  retiredBy: string | null;
}

export function policyVersionView(r: RoutingPolicyRecord): PolicyVersionView {
  return {
    policyId: r.policyId,
    version: r.version,
    status: r.status,
    rules: r.document.rules.length,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    publishedBy: r.publishedBy,
    retiredAt: r.retiredAt?.toISOString() ?? null,
    retiredBy: r.retiredBy,
  };
}
