import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { LoketService, Topics } from '@loket/contracts';
import { createKafka, MessagingConfig, messagingConfigFromEnv, TopicProvisioner } from '@loket/messaging';
import { ScratchKafka } from '@loket/testing';

/**
 * Kafka is part of the trust boundary: on a broker started by kafka.sh with SASL (real Kafka, SCRAM users,
 * access control lists drawn from libs/contracts TOPIC_ACCESS), a service's credentials publish only the
 * facts that service owns and read only the topics it consumes; a client without credentials gets nothing.
 */
/** kafkajs words a refused topic so (TOPIC_AUTHORIZATION_FAILED). */
const NOT_AUTHORIZED = /not authorized to access topics|topic authorization failed/i;

describe('Kafka access control per service (real Kafka with SASL/SCRAM and ACLs)', () => {
  let kafka: ScratchKafka;
  const producers: Producer[] = [];
  const provisioners: TopicProvisioner[] = [];

  const configOf = (service: LoketService, env: NodeJS.ProcessEnv = {}): MessagingConfig => ({
    ...messagingConfigFromEnv(service, { LOKET_KAFKA_BROKERS: kafka.brokers, LOKET_KAFKA_SECURITY: 'sasl_plaintext', ...env }),
    groupId: `loket-${service}-access-test-${randomUUID().slice(0, 8)}`,
  });
  const producerOf = async (config: MessagingConfig): Promise<Producer> => {
    const producer = createKafka(config, 'access-test').producer({ idempotent: true, allowAutoTopicCreation: false });
    producers.push(producer);
    await producer.connect();
    return producer;
  };
  const send = (producer: Producer, topic: string) =>
    producer.send({ topic, messages: [{ key: randomUUID(), value: JSON.stringify({ test: 'kafka-access-control' }) }] });

  beforeAll(async () => {
    kafka = await ScratchKafka.start({ partitions: 1, security: 'sasl_plaintext' });
    // each service provisions its own topics with its own credentials, as at start
    for (const service of ['intake', 'routing', 'workbench', 'feedback'] as const) {
      const provisioner = new TopicProvisioner(configOf(service));
      provisioners.push(provisioner);
      await provisioner.ensureTopics();
    }
  }, 240_000);

  afterAll(async () => {
    await Promise.all(producers.map((p) => p.disconnect().catch(() => undefined)));
    await Promise.all(provisioners.map((p) => p.onModuleDestroy().catch(() => undefined)));
    await kafka?.destroy();
  }, 60_000);

  it("lets intake publish its own facts, and refuses intake's credentials on loket.case.reassigned.v1", async () => {
    const intake = await producerOf(configOf('intake'));
    await expect(send(intake, Topics.ReportSubmittedV1)).resolves.toBeDefined();
    await expect(send(intake, Topics.CaseReassignedV1)).rejects.toThrow(NOT_AUTHORIZED);
  });

  it('lets routing, the owner, publish loket.case.reassigned.v1, and the workbench read it', async () => {
    const routing = await producerOf(configOf('routing'));
    const key = randomUUID();
    await routing.send({ topic: Topics.CaseReassignedV1, messages: [{ key, value: 'reassigned' }] });

    const workbench = createKafka(configOf('workbench'), 'access-test').consumer({ groupId: configOf('workbench').groupId });
    const seen: string[] = [];
    try {
      await workbench.connect();
      await workbench.subscribe({ topic: Topics.CaseReassignedV1, fromBeginning: true });
      await workbench.run({ eachMessage: async ({ message }) => void seen.push(message.key?.toString() ?? '') });
      const deadline = Date.now() + 30_000;
      while (!seen.includes(key) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(seen).toContain(key);
    } finally {
      await workbench.disconnect();
    }
  }, 60_000);

  it('refuses a service a topic it does not consume, and the workbench a topic another service owns', async () => {
    const intakeConfig = configOf('intake');
    const intakeConsumer = createKafka(intakeConfig, 'access-test').consumer({ groupId: intakeConfig.groupId });
    try {
      await intakeConsumer.connect();
      await expect(intakeConsumer.subscribe({ topic: Topics.CaseOpenedV1, fromBeginning: true })).rejects.toMatchObject({
        type: 'TOPIC_AUTHORIZATION_FAILED',
      });
    } finally {
      await intakeConsumer.disconnect();
    }
    const workbench = await producerOf(configOf('workbench'));
    await expect(send(workbench, Topics.CaseOpenedV1)).rejects.toThrow(NOT_AUTHORIZED);
    await expect(send(workbench, Topics.CaseStatusChangedV1)).resolves.toBeDefined();
  }, 60_000);

  it('turns away a client without credentials and one with a wrong password', async () => {
    const anonymous = new Kafka({ clientId: 'anonymous', brokers: [kafka.brokers], logLevel: logLevel.NOTHING, retry: { retries: 1 }, connectionTimeout: 2_000 });
    const anonymousAdmin = anonymous.admin();
    await expect(anonymousAdmin.connect().then(() => anonymousAdmin.listTopics())).rejects.toBeDefined();
    await anonymousAdmin.disconnect().catch(() => undefined);

    const forged = createKafka(configOf('intake', { LOKET_KAFKA_USERNAME: 'loket-routing', LOKET_KAFKA_PASSWORD: 'guessed' }), 'access-test').producer();
    await expect(forged.connect()).rejects.toMatchObject({ name: 'KafkaJSSASLAuthenticationError' });
  }, 60_000);
});
