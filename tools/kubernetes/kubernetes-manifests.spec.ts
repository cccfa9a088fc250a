/**
 * The Kubernetes manifests (deploy/kubernetes): every overlay rendered with `kubectl kustomize` (Debian's kubectl;
 * `npm test` installs it when missing, else apt-get install -y kubectl, or kubernetes-client), every object
 * validated against its schema, and the promises the manifests make checked against the code they deploy.
 *
 * Schemas: Kubernetes' kinds by kubernetes-models, CloudNativePG's Cluster by @kubernetes-models/cloudnative-pg,
 * Strimzi's kinds by schemas generated from io.strimzi:api (Maven Central). NOT validated against a schema: the
 * Keycloak operator's Keycloak and KeycloakRealmImport. Its CRDs are not in any registry reachable here (npm,
 * Maven Central, Debian), so only the checks below (names, the realm files they carry) hold them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { COMPACTED_TOPICS, LOKET_SERVICES, LoketService } from '@loket/contracts';
import { HttpPlatformModule } from '@loket/http';
import { KafkaAclGrant, kafkaAccessPlan, messagingConfigFromEnv, topicsProvisionedBy } from '@loket/messaging';
import { generatedManifests, provisionedTopics, StrimziAcl } from './generated-manifests';
import { ManifestSchemas, UNVALIDATED_KINDS } from './manifest-schemas';
import { allowedFlows, Workload } from './network-flows';
import { KubernetesObject, kubectlPath, renderOverlay } from './render-overlay';
import { madeUpSecretValues, SETTINGS_READERS } from './service-settings';

const root = resolve(__dirname, '../..');
const overlaysDir = join(root, 'deploy/kubernetes/overlays');
const overlays = readdirSync(overlaysDir).sort();
const HTTP_PORTS: Record<LoketService | 'gateway', number> = { intake: 3001, routing: 3002, workbench: 3003, feedback: 3004, gateway: 3000 };

interface Container {
  name: string;
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string } }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: Record<string, string> };
}
interface DeploymentSpec {
  replicas: number;
  template: { metadata: { labels: Record<string, string> }; spec: { containers: Container[] } };
}

const rendered = new Map<string, KubernetesObject[]>();
beforeAll(() => {
  const kubectl = kubectlPath();
  for (const overlay of overlays) rendered.set(overlay, renderOverlay(kubectl, join(overlaysDir, overlay)));
});

const objectsOf = (overlay: string, kind?: string) => (rendered.get(overlay) ?? []).filter((o) => !kind || o.kind === kind);
const deploymentsOf = (overlay: string) => objectsOf(overlay, 'Deployment') as (KubernetesObject & { spec: DeploymentSpec })[];

it('has a demo and a production overlay', () => {
  expect(overlays).toEqual(expect.arrayContaining(['demo', 'production']));
});

it('holds the generated topics, users and realm imports exactly as the tables and realm files make them now', () => {
  for (const [path, text] of generatedManifests(root)) {
    expect({ path, text: readFileSync(join(root, path), 'utf8') }).toEqual({ path, text });
  }
});

describe.each(overlays)('overlay %s', (overlay) => {
  it('renders, and every object is valid against its schema (Keycloak operator kinds excepted, see the header)', () => {
    const schemas = new ManifestSchemas(join(root, 'deploy/kubernetes/schemas/strimzi-0.49.0'));
    const objects = objectsOf(overlay);
    expect(objects.length).toBeGreaterThan(50);
    const problems = objects.flatMap((object) => {
      const check = schemas.check(object);
      const name = `${object.kind}/${object.metadata.name}`;
      if (!check.validated) return `${object.apiVersion} ${object.kind}` in UNVALIDATED_KINDS ? [] : [`${name}: ${check.reason}`];
      return check.errors.map((error) => `${name}: ${error}`);
    });
    expect(problems).toEqual([]);
  });

  it('runs the five deployables, each probed on its real health endpoints and port', () => {
    const deployments = deploymentsOf(overlay);
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(['feedback', 'gateway', 'intake', 'routing', 'workbench']);
    for (const deployment of deployments) {
      const name = deployment.metadata.name as LoketService | 'gateway';
      const [container] = deployment.spec.template.spec.containers;
      const port = HTTP_PORTS[name];
      const env = new Map((container.env ?? []).map((e) => [e.name, e.value]));
      expect({ name, configured: env.get(`LOKET_${name.toUpperCase()}_PORT`) }).toEqual({ name, configured: String(port) });
      expect({ name, ports: container.ports }).toEqual({ name, ports: [{ name: 'http', containerPort: port }] });
      // the services' health routes as libs/http serves them; the gateway (apps/gateway/src/gateway.ts) has /health/live only
      const ready = name === 'gateway' ? '/health/live' : serviceHealthRoutes().find((r) => r.endsWith('/ready'));
      const live = name === 'gateway' ? '/health/live' : serviceHealthRoutes().find((r) => r.endsWith('/live'));
      expect({ name, readiness: container.readinessProbe?.httpGet, liveness: container.livenessProbe?.httpGet }).toEqual({
        name,
        readiness: { path: ready, port: 'http' },
        liveness: { path: live, port: 'http' },
      });
      const service = objectsOf(overlay, 'Service').find((s) => s.metadata.name === name) as { spec: { ports: { port: number; targetPort: string }[] } } | undefined;
      expect({ name, ports: service?.spec.ports.map((p) => [p.port, p.targetPort]) }).toEqual({ name, ports: [[port, 'http']] });
    }
  });

  it('gives each deployable every setting it reads, in production, in a form it accepts', () => {
    const secretValue = madeUpSecretValues();
    const configMaps = new Map(objectsOf(overlay, 'ConfigMap').map((c) => [c.metadata.name, (c['data'] ?? {}) as Record<string, string>]));
    const problems = deploymentsOf(overlay).flatMap((deployment) => {
      const [container] = deployment.spec.template.spec.containers;
      const env: Record<string, string> = {};
      for (const from of container.envFrom ?? []) Object.assign(env, configMaps.get(from.configMapRef?.name ?? '') ?? {});
      for (const variable of container.env ?? []) {
        const { secretKeyRef, configMapKeyRef } = variable.valueFrom ?? {};
        const value = secretKeyRef ? secretValue(secretKeyRef.name, secretKeyRef.key) : configMapKeyRef ? configMaps.get(configMapKeyRef.name)?.[configMapKeyRef.key] : variable.value;
        if (value === undefined) return [`${deployment.metadata.name}: ${variable.name} refers to nothing`];
        env[variable.name] = value;
      }
      expect(env['NODE_ENV']).toBe('production');
      return (SETTINGS_READERS[deployment.metadata.name] ?? []).flatMap((read) => {
        try {
          read(env);
          return [];
        } catch (error) {
          return [`${deployment.metadata.name}: ${(error as Error).message}`];
        }
      });
    });
    expect(problems).toEqual([]);
  });

  it('names every secret by reference and inlines none', () => {
    expect(objectsOf(overlay, 'Secret')).toEqual([]);
    const literalSecrets = deploymentsOf(overlay).flatMap((d) =>
      d.spec.template.spec.containers.flatMap((c) => (c.env ?? []).filter((e) => /SECRET|PASSWORD|_KEYS?$|PRIVATE/.test(e.name) && e.value !== undefined).map((e) => `${d.metadata.name} ${e.name}`)),
    );
    expect(literalSecrets).toEqual([]);
  });

  it('gives each service a Kafka user with exactly the grants of kafkaAccessPlan', () => {
    const users = objectsOf(overlay, 'KafkaUser') as (KubernetesObject & { spec: { authentication: { type: string }; authorization: { type: string; acls: StrimziAcl[] } } })[];
    expect(users.map((u) => u.metadata.name).sort()).toEqual(LOKET_SERVICES.map((s) => `loket-${s}`).sort());
    for (const service of LOKET_SERVICES) {
      const user = users.find((u) => u.metadata.name === `loket-${service}`)!;
      expect(user.spec.authentication.type).toBe('scram-sha-512');
      expect(user.spec.authorization.type).toBe('simple');
      expect(grantsOf(user.metadata.name, user.spec.authorization.acls)).toEqual(planOf(service));
    }
  });

  it('declares every topic the services provision, with the retention and compaction they set', () => {
    const topics = objectsOf(overlay, 'KafkaTopic') as (KubernetesObject & { spec: { topicName: string; config: Record<string, string | number> } })[];
    const provisioned = new Set(LOKET_SERVICES.flatMap((s) => topicsProvisionedBy(s).topics));
    expect(topics.map((t) => t.spec.topicName).sort()).toEqual([...provisioned].sort());
    expect(provisionedTopics().map((t) => t.name).sort()).toEqual([...provisioned].sort());
    const retention = messagingConfigFromEnv('kubernetes', {}).topicRetentionMs;
    for (const topic of topics) {
      const compacted = (COMPACTED_TOPICS as readonly string[]).includes(topic.spec.topicName);
      expect({ topic: topic.spec.topicName, config: topic.spec.config }).toEqual({
        topic: topic.spec.topicName,
        config: { 'retention.ms': retention, ...(compacted ? { 'cleanup.policy': 'compact' } : {}) },
      });
    }
  });

  it('denies every flow by default and allows exactly the HTTP calls the services are wired for', () => {
    const policies = objectsOf(overlay, 'NetworkPolicy');
    const defaultDeny = policies.find((p) => {
      const spec = p.spec as { podSelector: object; policyTypes: string[]; ingress?: unknown; egress?: unknown };
      return Object.keys(spec.podSelector).length === 0 && spec.policyTypes.includes('Ingress') && spec.policyTypes.includes('Egress') && !spec.ingress && !spec.egress;
    });
    expect(defaultDeny?.metadata.name).toBe('default-deny');

    const workloads: Workload[] = deploymentsOf(overlay).map((d) => ({ name: d.metadata.name, labels: d.spec.template.metadata.labels, port: HTTP_PORTS[d.metadata.name as LoketService] }));
    // who calls whom: every LOKET_<SERVICE>_URL a deployable is given, http://<service>:<port>
    const wired = deploymentsOf(overlay).flatMap((d) =>
      (d.spec.template.spec.containers[0].env ?? []).flatMap((e) => {
        const target = /^LOKET_(INTAKE|ROUTING|WORKBENCH|FEEDBACK)_URL$/.test(e.name) && e.value ? new URL(e.value) : undefined;
        if (!target) return [];
        expect(Number(target.port)).toBe(HTTP_PORTS[target.hostname as LoketService]);
        return [`${d.metadata.name} -> ${target.hostname}:${target.port}`];
      }),
    );
    const allowed = allowedFlows(policies, workloads, workloads);
    expect(allowed.sort()).toEqual([...new Set(wired)].sort());
  });

  it('lets each service reach its own database, the key vault, Kafka and Keycloak, and no other service\'s database', () => {
    const policies = objectsOf(overlay, 'NetworkPolicy');
    const services = deploymentsOf(overlay).filter((d) => d.metadata.name !== 'gateway').map((d) => ({ name: d.metadata.name, labels: d.spec.template.metadata.labels, port: 0 }));
    const databases: Workload[] = objectsOf(overlay, 'Cluster').map((c) => ({ name: c.metadata.name, labels: { 'cnpg.io/cluster': c.metadata.name, 'cnpg.io/podRole': 'instance' }, port: 5432 }));
    const kafka: Workload = { name: 'kafka', labels: { 'strimzi.io/cluster': 'loket-kafka', 'strimzi.io/broker-role': 'true', 'strimzi.io/kind': 'Kafka' }, port: 9093 };
    const keycloak: Workload = { name: 'keycloak', labels: { app: 'keycloak', 'app.kubernetes.io/instance': 'loket-keycloak', 'app.kubernetes.io/managed-by': 'keycloak-operator' }, port: 8443 };
    const allowed = allowedFlows([...policies, ...strimziListenerPolicies(overlay)], services, [...databases, kafka, keycloak]);
    const expected = services.flatMap((s) => [`${s.name} -> loket-${s.name}-db:5432`, `${s.name} -> loket-keys-db:5432`, `${s.name} -> kafka:9093`, `${s.name} -> keycloak:8443`]);
    expect(allowed.sort()).toEqual(expected.sort());
  });
});

describe('overlay production', () => {
  it('runs two or more of every deployable, each with requests, an autoscaler and a disruption budget', () => {
    const hpas = objectsOf('production', 'HorizontalPodAutoscaler') as (KubernetesObject & { spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number } })[];
    const pdbs = objectsOf('production', 'PodDisruptionBudget') as (KubernetesObject & { spec: { selector: { matchLabels: Record<string, string> } } })[];
    for (const deployment of deploymentsOf('production')) {
      const name = deployment.metadata.name;
      const labels = deployment.spec.template.metadata.labels;
      expect({ name, replicas: deployment.spec.replicas >= 2 }).toEqual({ name, replicas: true });
      expect({ name, requests: Object.keys(deployment.spec.template.spec.containers[0].resources?.requests ?? {}).sort() }).toEqual({ name, requests: ['cpu', 'memory'] });
      const hpa = hpas.find((h) => h.spec.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === name);
      expect({ name, minReplicas: (hpa?.spec.minReplicas ?? 0) >= 2 }).toEqual({ name, minReplicas: true });
      const pdb = pdbs.find((p) => Object.entries(p.spec.selector.matchLabels).every(([k, v]) => labels[k] === v));
      expect({ name, budget: pdb?.metadata.name }).toEqual({ name, budget: name });
    }
  });

  it('keeps three copies of everything stateful and imports the production realm', () => {
    const clusters = objectsOf('production', 'Cluster') as (KubernetesObject & { spec: { instances: number } })[];
    expect(clusters.map((c) => c.spec.instances)).toEqual(clusters.map(() => 3));
    const pool = objectsOf('production', 'KafkaNodePool')[0] as KubernetesObject & { spec: { replicas: number } };
    expect(pool.spec.replicas).toBe(3);
    const kafka = objectsOf('production', 'Kafka')[0] as KubernetesObject & { spec: { kafka: { config: Record<string, unknown> } } };
    expect(kafka.spec.kafka.config['min.insync.replicas']).toBe(2);
    const realmImport = objectsOf('production', 'KeycloakRealmImport')[0] as KubernetesObject & { spec: { keycloakCRName: string; realm: Record<string, unknown> } };
    expect(realmImport.spec.keycloakCRName).toBe(objectsOf('production', 'Keycloak')[0].metadata.name);
    expect(realmImport.spec.realm).toEqual(JSON.parse(readFileSync(join(root, 'deploy/keycloak/production/loket-realm.json'), 'utf8')));
    expect(realmImport.spec.realm['bruteForceProtected']).toBe(true);
  });
});

/**
 * The NetworkPolicy Strimzi makes for each listener of the Kafka resource (it lets the listener's
 * networkPolicyPeers reach the brokers on the listener's port), as the cluster will have it beside the manifests'.
 */
function strimziListenerPolicies(overlay: string): KubernetesObject[] {
  return objectsOf(overlay, 'Kafka').flatMap((kafka) =>
    (kafka.spec as { kafka: { listeners: { port: number; networkPolicyPeers?: unknown[] }[] } }).kafka.listeners.map((listener) => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: `${kafka.metadata.name}-network-policy-kafka` },
      spec: {
        podSelector: { matchLabels: { 'strimzi.io/cluster': kafka.metadata.name, 'strimzi.io/kind': 'Kafka' } },
        policyTypes: ['Ingress'],
        ingress: [{ ...(listener.networkPolicyPeers ? { from: listener.networkPolicyPeers } : {}), ports: [{ port: listener.port }] }],
      },
    })),
  );
}

/** The GET routes of the health controller every service gets from HttpPlatformModule, e.g. /health/ready. */
function serviceHealthRoutes(): string[] {
  const controllers = HttpPlatformModule.forService('kubernetes').controllers ?? [];
  const routes = controllers.flatMap((controller) => {
    const base = Reflect.getMetadata('path', controller) as string;
    const prototype = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype)
      .filter((method) => method !== 'constructor' && Reflect.getMetadata('method', prototype[method] as object) === RequestMethod.GET)
      .map((method) => `/${base}/${Reflect.getMetadata('path', prototype[method] as object) as string}`);
  });
  const health = routes.filter((r) => r.startsWith('/health/'));
  expect(health.sort()).toEqual(['/health/live', '/health/ready']);
  return health;
}

/** A KafkaUser's ACLs as the access plan's grants, in one order. */
function grantsOf(user: string, acls: StrimziAcl[]): string[] {
  const operation = (o: string) => o.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return acls
    .flatMap((acl) =>
      acl.operations.map((o) => {
        const r = acl.resource;
        const resource = r.type === 'topic' && r.patternType === 'literal' ? `topic:${r.name}` : r.type === 'group' && r.patternType === 'prefix' ? `group-prefix:${r.name}` : r.type === 'cluster' ? 'cluster' : `unexpected ${JSON.stringify(r)}`;
        return `User:${user} ${operation(o)} ${resource} from ${acl.host}`;
      }),
    )
    .sort();
}

function planOf(service: LoketService): string[] {
  const resource = (g: KafkaAclGrant) => (g.resource.type === 'topic' ? `topic:${g.resource.name}` : g.resource.type === 'group-prefix' ? `group-prefix:${g.resource.prefix}` : 'cluster');
  return [...new Set(kafkaAccessPlan(service).map((g) => `${g.principal} ${g.operation} ${resource(g)} from *`))].sort();
}
