import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { LoketService, Topics } from '@loket/contracts';
import { createKafka, MessagingConfig, messagingConfigFromEnv, TopicProvisioner } from '@loket/messaging';
import { ScratchKafka, testEnvironment } from '@loket/testing';

/**
 * Kafka is part of the trust boundary: on a broker started by kafka.sh with SASL (real Kafka, SCRAM users,
 * access control lists drawn from libs/contracts TOPIC_ACCESS), a service's credentials publish only the
 * facts that service owns and read only the topics it consumes; a client without credentials gets nothing.
 * First on a broker of this test's own, where it may write freely; then on the broker every other test and
 * `npm run up` share, where it only tries what must be refused (and reads), so no other run sees its events.
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

const shared = testEnvironment().kafka;
/** Only when the tests were told to use a plaintext broker (LOKET_KAFKA_SECURITY=plaintext) is there nothing to check. */
const describeOnSharedBroker = shared.security === 'plaintext' ? describe.skip : describe;

describeOnSharedBroker(`the tests' shared broker (${shared.brokers.join(',')}) runs with SASL/SCRAM and the services' ACLs`, () => {
  const clients: { disconnect(): Promise<void> }[] = [];
  const configOf = (service: LoketService): MessagingConfig => ({
    ...messagingConfigFromEnv(service, { LOKET_KAFKA_BROKERS: shared.brokers.join(','), LOKET_KAFKA_SECURITY: shared.security }),
    groupId: `loket-${service}-access-test-${randomUUID().slice(0, 8)}`,
  });

  beforeAll(async () => {
    // the topic exists as soon as any routing, workbench or feedback has started; the workbench may create it too
    const provisioner = new TopicProvisioner(configOf('workbench'));
    await provisioner.ensureTopics([Topics.CaseReassignedV1]);
    await provisioner.onModuleDestroy();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.disconnect().catch(() => undefined)));
  });

  it("refuses intake's credentials on loket.case.reassigned.v1 with TOPIC_AUTHORIZATION_FAILED, and the workbench's too (it reads, routing writes)", async () => {
    for (const service of ['intake', 'workbench'] as const) {
      const producer = createKafka(configOf(service), 'access-test').producer({ idempotent: true, allowAutoTopicCreation: false });
      clients.push(producer);
      await producer.connect();
      await expect(
        producer.send({ topic: Topics.CaseReassignedV1, messages: [{ key: randomUUID(), value: JSON.stringify({ forged: service }) }] }),
      ).rejects.toThrow(NOT_AUTHORIZED);
    }
  }, 60_000);

  it('lets the workbench, a consumer of loket.case.reassigned.v1, join a group on it, and refuses intake, which does not consume it', async () => {
    const workbenchConfig = configOf('workbench');
    const workbench = createKafka(workbenchConfig, 'access-test').consumer({ groupId: workbenchConfig.groupId });
    clients.push(workbench);
    await workbench.connect();
    const joined = new Promise<void>((resolve) => workbench.on(workbench.events.GROUP_JOIN, () => resolve()));
    await workbench.subscribe({ topic: Topics.CaseReassignedV1, fromBeginning: false });
    await workbench.run({ eachMessage: async () => undefined });
    await expect(joined).resolves.toBeUndefined();

    const intakeConfig = configOf('intake');
    const intake = createKafka(intakeConfig, 'access-test').consumer({ groupId: intakeConfig.groupId });
    clients.push(intake);
    await intake.connect();
    await expect(intake.subscribe({ topic: Topics.CaseReassignedV1, fromBeginning: true })).rejects.toMatchObject({ type: 'TOPIC_AUTHORIZATION_FAILED' });
  }, 60_000);

  it('turns away a client without credentials', async () => {
    const anonymous = new Kafka({ clientId: 'anonymous', brokers: shared.brokers, logLevel: logLevel.NOTHING, retry: { retries: 1 }, connectionTimeout: 2_000 }).admin();
    await expect(anonymous.connect().then(() => anonymous.listTopics())).rejects.toBeDefined();
    await anonymous.disconnect().catch(() => undefined);
  }, 30_000);
});
