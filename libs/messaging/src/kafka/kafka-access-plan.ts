import { deadLetterTopicOf, LOKET_SERVICES, LoketService, topicsOwnedBy, topicsReadBy } from '@loket/contracts';

export type KafkaAclOperation = 'READ' | 'WRITE' | 'CREATE' | 'DESCRIBE' | 'DESCRIBE_CONFIGS' | 'ALTER_CONFIGS' | 'IDEMPOTENT_WRITE';

/** One permission the broker grants: `operation` on a topic, a consumer-group prefix or the cluster. */
export interface KafkaAclGrant {
  principal: string;
  resource: { type: 'topic'; name: string } | { type: 'group-prefix'; prefix: string } | { type: 'cluster' };
  operation: KafkaAclOperation;
}

/** The broker principal a service connects as (its SASL user name). */
export function kafkaPrincipalOf(service: LoketService): string {
  return `User:loket-${service}`;
}

/**
 * What a service may do on the broker, drawn from the topic table (TOPIC_ACCESS in libs/contracts):
 * - the topics it owns: write, create, describe, set their retention;
 * - the topics it reads: read, describe, create when missing (a consumer may start before the producer);
 * - the dead-letter topics of what it reads: write (it parks there what it could not process), create, set retention;
 * - its consumer groups (`loket-<service>…`): read and describe;
 * - the cluster: idempotent write (its producers are idempotent).
 * Nothing else: it cannot write a topic another service owns, nor read one it does not consume.
 */
export function kafkaAccessPlan(service: LoketService): KafkaAclGrant[] {
  const principal = kafkaPrincipalOf(service);
  const onTopic = (name: string, operations: KafkaAclOperation[]): KafkaAclGrant[] =>
    operations.map((operation) => ({ principal, resource: { type: 'topic', name }, operation }));
  return [
    ...topicsOwnedBy(service).flatMap((t) => onTopic(t, ['WRITE', 'CREATE', 'DESCRIBE', 'DESCRIBE_CONFIGS', 'ALTER_CONFIGS'])),
    ...topicsReadBy(service).flatMap((t) => onTopic(t, ['READ', 'CREATE', 'DESCRIBE', 'DESCRIBE_CONFIGS'])),
    ...topicsReadBy(service).flatMap((t) => onTopic(deadLetterTopicOf(t), ['WRITE', 'CREATE', 'DESCRIBE', 'DESCRIBE_CONFIGS', 'ALTER_CONFIGS'])),
    ...(['READ', 'DESCRIBE'] as const).map((operation) => ({ principal, resource: { type: 'group-prefix' as const, prefix: `loket-${service}` }, operation })),
    { principal, resource: { type: 'cluster' }, operation: 'IDEMPOTENT_WRITE' },
  ];
}

/** Every service's grants: what `deploy/local/kafka/kafka.sh` gives a broker it starts with SASL. */
export function kafkaAccessPlanForAll(): KafkaAclGrant[] {
  return LOKET_SERVICES.flatMap(kafkaAccessPlan);
}

/** The topics a service provisions at start (creates when missing): those it owns and reads, and its dead-letter topics. */
export function topicsProvisionedBy(service: LoketService): { topics: string[]; retentionManaged: string[] } {
  const owned = topicsOwnedBy(service);
  const read = topicsReadBy(service);
  const deadLetters = read.map(deadLetterTopicOf);
  // a service may read what it owns (the workbench its own status changes): each topic once
  return { topics: [...new Set([...owned, ...read, ...deadLetters])], retentionManaged: [...new Set([...owned, ...deadLetters])] };
}
