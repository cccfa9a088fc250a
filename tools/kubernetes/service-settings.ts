/**
 * Every reader of settings each deployable runs at start (its `...FromEnv` functions), so the manifests' test can
 * give them the environment a Deployment gives its container and see that the service would start: nothing it
 * requires in production missing, nothing malformed. A new reader belongs here.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { feedbackConfigFromEnv } from '../../apps/feedback/src/feedback.config';
import { gatewayConfigFromEnv } from '../../apps/gateway/src/gateway.config';
import { geocoderConfigFromEnv } from '../../apps/intake/src/geocoder/geocoder.config';
import { intakeConfigFromEnv } from '../../apps/intake/src/intake.config';
import { mailIntakeConfigFromEnv } from '../../apps/intake/src/mail-intake/mail-intake.config';
import { photosConfigFromEnv as intakePhotosConfigFromEnv } from '../../apps/intake/src/photos/photos.config';
import { photoStoreConfigFromEnv } from '../../apps/intake/src/photos/store/photo-store.config';
import { intakeRateLimitsFromEnv } from '../../apps/intake/src/rate-limits/intake-rate-limits';
import { prioritiesConfigFromEnv } from '../../apps/routing/src/neighbourhood-priorities/priorities.config';
import { routingConfigFromEnv } from '../../apps/routing/src/routing.config';
import { agencySignalConfigFromEnv } from '../../apps/workbench/src/agencies/agency-signal.config';
import { photosConfigFromEnv as workbenchPhotosConfigFromEnv } from '../../apps/workbench/src/cases/show-photo/photos.config';
import { slaConfigFromEnv } from '../../apps/workbench/src/sla/sla.config';
import { webhookSettingsFromEnv } from '../../apps/workbench/src/webhooks/webhooks.config';
import { workbenchConfigFromEnv } from '../../apps/workbench/src/workbench.config';

type Reader = (env: NodeJS.ProcessEnv) => unknown;

export const SETTINGS_READERS: Readonly<Record<string, readonly Reader[]>> = {
  intake: [intakeConfigFromEnv, intakeRateLimitsFromEnv, mailIntakeConfigFromEnv, geocoderConfigFromEnv, photoStoreConfigFromEnv, intakePhotosConfigFromEnv],
  routing: [routingConfigFromEnv, prioritiesConfigFromEnv],
  workbench: [workbenchConfigFromEnv, agencySignalConfigFromEnv, workbenchPhotosConfigFromEnv, slaConfigFromEnv, webhookSettingsFromEnv],
  feedback: [feedbackConfigFromEnv],
  gateway: [(env) => gatewayConfigFromEnv(env, '/nonexistent/web')],
};

/**
 * Values of the shape each Secret key holds in a real deployment (made up here, never used anywhere): what an
 * operator's Secret or the README's `loket-app-secrets` would hand the container.
 */
export function madeUpSecretValues(): (secret: string, key: string) => string {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const random = () => randomBytes(32).toString('base64');
  const special: Record<string, string> = {
    LOKET_SEALING_KEY_ID: 'feedback-1',
    LOKET_SEALING_PUBLIC_KEY: b64(publicKey),
    LOKET_SEALING_PRIVATE_KEYS: `feedback-1:${b64(privateKey)}`,
    LOKET_FEEDBACK_DATA_KEYS: `data-1:${random()}`,
    LOKET_AUDIT_SIGNING_KEYS: `audit-1:${b64(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)}`,
    endpoint: 'https://s3.example.org',
    region: 'eu-west-1',
    bucket: 'loket-photos',
  };
  // each Secret its own account: the owner and the runtime account of a database are two
  return (secret, key) => (key === 'username' ? secret.replace(/-/g, '_') : special[key] ?? random());
}
