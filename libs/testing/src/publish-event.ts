import { EventDefinition, EventEnvelope } from '@loket/contracts';
import { buildEnvelope, createKafka, MessagingConfig, messagingConfigFromEnv } from '@loket/messaging';
import { testMessagingEnv } from './test-kafka';

/**
 * Publishes one event straight onto its topic, as another service's relay would, for tests of a consumer (as the
 * broker's super user: any topic).
 */
export async function publishEvent<P extends object>(definition: EventDefinition<P>, payload: P, producer = 'test'): Promise<EventEnvelope<P>> {
  const config: MessagingConfig = { ...messagingConfigFromEnv('test', testMessagingEnv()), groupId: 'test' };
  const kafka = createKafka(config, 'publisher');
  const envelope = buildEnvelope(definition, payload, producer);
  const client = kafka.producer();
  await client.connect();
  try {
    await client.send({ topic: definition.topic, messages: [{ key: definition.keyOf(payload), value: JSON.stringify(envelope) }] });
  } finally {
    await client.disconnect();
  }
  return envelope;
}
