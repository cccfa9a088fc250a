import { readFileSync } from 'node:fs';
import type { AgencyListing, CoordinatorContact } from '@loket/multi-agency-signal';
import defaults from './agency-directory.json';

/** Only for development and tests; a deployment sets LOKET_ADDRESS_KEY_SECRET (refused in production). */
const DEVELOPMENT_ADDRESS_KEY_SECRET = 'loket-development-only-address-key';

export interface AgencySignalConfig {
  addressKeySecret: string;
  agencies: AgencyListing[];
  fallbackContact: CoordinatorContact;
}

/** The address key's secret and the directory of coordinators (LOKET_AGENCY_DIRECTORY_FILE, else the demo one). */
export function agencySignalConfigFromEnv(env: NodeJS.ProcessEnv): AgencySignalConfig {
  const secret = env['LOKET_ADDRESS_KEY_SECRET'];
  if (!secret && env['NODE_ENV'] === 'production') throw new Error('LOKET_ADDRESS_KEY_SECRET must be set in production');
  if (secret !== undefined && secret.length < 16) throw new Error('LOKET_ADDRESS_KEY_SECRET must be at least 16 characters');
  const file = env['LOKET_AGENCY_DIRECTORY_FILE'];
  const directory = (file ? JSON.parse(readFileSync(file, 'utf8')) : defaults) as Pick<AgencySignalConfig, 'agencies' | 'fallbackContact'>;
  if (!Array.isArray(directory.agencies) || !directory.fallbackContact?.name) {
    throw new Error(`${file ?? 'agency-directory.json'} must have "agencies" and a "fallbackContact" with a name`);
  }
  return { addressKeySecret: secret || DEVELOPMENT_ADDRESS_KEY_SECRET, agencies: directory.agencies, fallbackContact: directory.fallbackContact };
}
