import { EventDefinition, EventEnvelope } from '@loket/contracts';
import { PersonalDataSealing, readEnvelope } from '@loket/messaging';
import { DatabaseConfig, SubjectKeyVault } from '@loket/persistence';

/**
 * An event taken off a topic as a consumer reads it: its personal fields opened with their report's key from the
 * key vault (or read as forgotten), then validated. Throws when it cannot be read.
 */
export async function readEvent<P extends object>(definition: EventDefinition<P>, raw: string, keyVault: DatabaseConfig): Promise<EventEnvelope<P>> {
  const vault = await SubjectKeyVault.open(keyVault);
  try {
    const opened = await new PersonalDataSealing(vault).open(definition as EventDefinition<object>, JSON.parse(raw) as EventEnvelope<object>);
    if (opened.ok !== true) throw new Error(`${definition.type} not read: ${opened.ok === 'forgotten' ? 'its subject was forgotten' : opened.reason}`);
    const read = readEnvelope(definition, opened.envelope);
    if (!read.ok) throw new Error(read.reason);
    return read.envelope;
  } finally {
    await vault.close();
  }
}
