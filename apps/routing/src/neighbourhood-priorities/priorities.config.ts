/** Only for development and tests; a deployment sets LOKET_PRIORITIES_KEY_SECRET (refused in production). */
const DEVELOPMENT_PRIORITIES_KEY_SECRET = 'loket-development-only-priorities-key';

export interface PrioritiesConfig {
  /** The secret of the keyed hash under which a person's neighbourhood priorities are stored. */
  keySecret: string;
}

export function prioritiesConfigFromEnv(env: NodeJS.ProcessEnv): PrioritiesConfig {
  const secret = env['LOKET_PRIORITIES_KEY_SECRET'];
  if (!secret && env['NODE_ENV'] === 'production') throw new Error('LOKET_PRIORITIES_KEY_SECRET must be set in production');
  if (secret !== undefined && secret.length < 16) throw new Error('LOKET_PRIORITIES_KEY_SECRET must be at least 16 characters');
  return { keySecret: secret || DEVELOPMENT_PRIORITIES_KEY_SECRET };
}

/** How the config reaches the use cases. */
export abstract class PrioritiesSettings implements PrioritiesConfig {
  abstract readonly keySecret: string;
}
