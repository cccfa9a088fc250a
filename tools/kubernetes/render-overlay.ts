import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';

/** A rendered Kubernetes object, as much of it as the checks read. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: unknown;
  [field: string]: unknown;
}

const INSTALL_HINT =
  'kubectl is needed to render the manifests (kubectl kustomize). On Debian: apt-get install -y kubectl where the ' +
  'repository has it, else apt-get install -y kubernetes-client; or point LOKET_KUBECTL at one. npm test installs it when missing.';

/** The kubectl to render with: LOKET_KUBECTL, else the one on the PATH; a clear message when there is none. */
export function kubectlPath(env: NodeJS.ProcessEnv = process.env): string {
  const candidate = env['LOKET_KUBECTL'] || 'kubectl';
  let version: { kustomizeVersion?: string };
  try {
    version = JSON.parse(execFileSync(candidate, ['version', '--client', '-o', 'json'], { encoding: 'utf8', stdio: 'pipe' }));
  } catch {
    throw new Error(`${candidate} does not run. ${INSTALL_HINT}`);
  }
  // the kustomizations use `labels` and `patches` (kustomize 4 and later); bookworm's kubernetes-client (1.20) embeds kustomize 2
  const major = Number(/^v?(\d+)/.exec(version.kustomizeVersion ?? '')?.[1] ?? 0);
  if (major < 4) throw new Error(`${candidate} embeds kustomize ${version.kustomizeVersion ?? '(unknown)'}; the manifests need 4 or later (kubectl 1.21+). ${INSTALL_HINT}`);
  return candidate;
}

/** Every object of an overlay as `kubectl kustomize` renders it. */
export function renderOverlay(kubectl: string, directory: string): KubernetesObject[] {
  const text = execFileSync(kubectl, ['kustomize', directory], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return parseAllDocuments(text).map((document) => {
    if (document.errors.length > 0) throw new Error(`${directory}: ${document.errors[0].message}`);
    return document.toJS() as KubernetesObject;
  });
}
