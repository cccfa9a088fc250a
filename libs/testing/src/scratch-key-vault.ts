import { randomBytes } from 'node:crypto';
import { PersonalDataSealing } from '@loket/messaging';
import { DatabaseConfig, dropDatabase, SubjectKeyVault } from '@loket/persistence';
import { testEnvironment } from './test-environment';

/** A key vault of its own on the test PostgreSQL (a scratch database), with the sealing the outbox uses. */
export async function scratchKeyVault(prefix = 'loket_keys_test') {
  const config: DatabaseConfig = { ...testEnvironment().db, database: `${prefix}_${randomBytes(4).toString('hex')}` };
  const vault = await SubjectKeyVault.open(config);
  return {
    config,
    vault,
    sealing: new PersonalDataSealing(vault),
    async drop(): Promise<void> {
      await vault.close();
      await dropDatabase(config);
    },
  };
}
