/**
 * Which connections a namespace's NetworkPolicies allow between its own pods, computed as Kubernetes does: a
 * connection from A to B on a port needs an egress rule of a policy selecting A (when any policy selects A for
 * egress) and an ingress rule of a policy selecting B (likewise). Only what the manifests use is understood:
 * matchLabels selectors and numeric ports; a peer with a namespaceSelector or an ipBlock is taken to name no pod of
 * this namespace (the ingress controller, the cluster DNS, addresses outside).
 */
import type { KubernetesObject } from './render-overlay';

export interface Workload {
  name: string;
  labels: Record<string, string>;
  port: number;
}

interface Peer {
  podSelector?: { matchLabels?: Record<string, string> };
  namespaceSelector?: unknown;
  ipBlock?: unknown;
}
interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: { port?: number }[];
}
interface PolicySpec {
  podSelector: { matchLabels?: Record<string, string> };
  policyTypes: ('Ingress' | 'Egress')[];
  ingress?: Rule[];
  egress?: Rule[];
}

const selects = (selector: { matchLabels?: Record<string, string> } | undefined, labels: Record<string, string>) =>
  Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);

const peerNames = (peer: Peer, labels: Record<string, string>) => !peer.namespaceSelector && !peer.ipBlock && selects(peer.podSelector, labels);

const ruleAllows = (rule: Rule, peers: Peer[] | undefined, labels: Record<string, string>, port: number) =>
  (peers === undefined || peers.some((p) => peerNames(p, labels))) && (!rule.ports || rule.ports.some((p) => p.port === undefined || p.port === port));

function allows(specs: PolicySpec[], direction: 'Ingress' | 'Egress', pod: Record<string, string>, peer: Record<string, string>, port: number): boolean {
  const applying = specs.filter((s) => s.policyTypes.includes(direction) && selects(s.podSelector, pod));
  if (applying.length === 0) return true;
  return applying.some((s) =>
    direction === 'Ingress'
      ? (s.ingress ?? []).some((r) => ruleAllows(r, r.from, peer, port))
      : (s.egress ?? []).some((r) => ruleAllows(r, r.to, peer, port)),
  );
}

/** Every `from -> to:port` the policies allow, from each of `sources` to each of `targets` on the target's port. */
export function allowedFlows(policies: KubernetesObject[], sources: Workload[], targets: Workload[]): string[] {
  const specs = policies.map((p) => p.spec as PolicySpec);
  return sources.flatMap((from) =>
    targets
      .filter((to) => to.name !== from.name)
      .filter((to) => allows(specs, 'Egress', from.labels, to.labels, to.port) && allows(specs, 'Ingress', to.labels, from.labels, to.port))
      .map((to) => `${from.name} -> ${to.name}:${to.port}`),
  );
}
