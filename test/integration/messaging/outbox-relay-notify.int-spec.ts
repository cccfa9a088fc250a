import { randomUUID } from 'node:crypto';
import { expectEventually, KafkaProbe } from '@loket/testing';
import { OutboxRelay } from '@loket/messaging';
import { messagingHarness } from './messaging-harness';
import { ThingHappened } from './test-event';

const POLL_MS = 5_000;

/**
 * The relay is woken by the outbox's NOTIFY on commit: with a fallback poll of five seconds, a committed row still
 * reaches Kafka in milliseconds. Times are taken just before COMMIT and from the Kafka record's timestamp (set by
 * the relay's producer when it sends), so "commit to send" is what the relay adds; "to the probe" adds the broker's
 * acknowledgement and the probe's own fetch.
 */
describe('the outbox relay woken by NOTIFY on commit (real PostgreSQL and Kafka)', () => {
  let harness: Awaited<ReturnType<typeof messagingHarness>>;
  let probe: KafkaProbe;
  let relay: OutboxRelay;

  beforeAll(async () => {
    harness = await messagingHarness({ relayPollMs: POLL_MS, relayBatchSize: 50 });
    probe = await KafkaProbe.start([ThingHappened.topic]);
    relay = harness.newRelay();
    relay.start();
    await expectEventually(() => expect(relay.isLeader).toBe(true));
  });
  afterAll(async () => {
    await relay.stop();
    await probe.stop();
    await harness.close();
  });

  const outboxCount = async () => Number((await harness.dataSource.query(`SELECT count(*) AS n FROM outbox_messages`))[0].n);
  const messageOf = (eventId: string) => probe.messages.find((m) => m.headers['event-id'] === eventId);
  /** Commits one event; returns its id and the time just before COMMIT was sent. */
  async function commitOne(thingId: string, note: string): Promise<{ id: string; committing: number }> {
    let committing = 0;
    const envelope = await harness.dataSource.transaction(async (tx) => {
      const added = await harness.outbox.add(tx, ThingHappened, { thingId, note });
      committing = Date.now();
      return added;
    });
    return { id: envelope.id, committing };
  }
  const spread = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
  };

  it('publishes each committed row within milliseconds, not at the next poll, and deletes it', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300)); // the relay has drained and waits
    const thingId = randomUUID();
    const written: { id: string; committing: number }[] = [];
    for (let i = 0; i < 30; i++) {
      written.push(await commitOne(thingId, `one at a time ${i}`));
      await new Promise((resolve) => setTimeout(resolve, 40)); // each commit finds the relay idle
    }
    await expectEventually(() => expect(written.every((w) => messageOf(w.id))).toBe(true));
    const toSend = spread(written.map((w) => messageOf(w.id)!.timestamp - w.committing));
    const toProbe = spread(written.map((w) => messageOf(w.id)!.receivedAt - w.committing));
    console.log(`commit → relay sends (ms): ${JSON.stringify(toSend)}; commit → probe receives (ms): ${JSON.stringify(toProbe)}`);
    expect(toSend.max).toBeLessThan(1_000);
    await expectEventually(async () => expect(await outboxCount()).toBe(0));
    expect(probe.messages.filter((m) => m.key === thingId).map((m) => m.headers['event-id'])).toEqual(written.map((w) => w.id));
  });

  it('publishes a burst of concurrent commits in batches, each event once, without waiting for the poll', async () => {
    const keys = Array.from({ length: 40 }, () => randomUUID());
    const started = Date.now();
    const perKey = await Promise.all(
      keys.map(async (thingId) => {
        const ids: string[] = [];
        for (let i = 0; i < 10; i++) ids.push((await commitOne(thingId, `burst ${i}`)).id);
        return ids;
      }),
    );
    const lastCommitted = Date.now();
    const all = perKey.flat();
    await expectEventually(() => expect(all.every((id) => messageOf(id))).toBe(true));
    const lastSent = Math.max(...all.map((id) => messageOf(id)!.timestamp));
    console.log(
      `burst: ${all.length} events from ${keys.length} writers committed in ${lastCommitted - started} ms; ` +
        `last commit → last sent ${lastSent - lastCommitted} ms`,
    );
    // the relay kept up with the writers: what was left at the last commit went out long before the next poll
    expect(lastSent - lastCommitted).toBeLessThan(2_000);
    keys.forEach((thingId, k) =>
      expect(probe.messages.filter((m) => m.key === thingId).map((m) => m.headers['event-id'])).toEqual(perKey[k]),
    );
    await expectEventually(async () => expect(await outboxCount()).toBe(0));
  });

  it('recovers when its LISTEN connection is killed: leads again, and loses no row committed meanwhile', async () => {
    const leaderPid = async () =>
      (
        (await harness.dataSource.query(
          `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND granted
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        )) as { pid: number }[]
      ).map((r) => r.pid);
    const [before] = await leaderPid();
    expect(before).toBeDefined();
    const thingId = randomUUID();
    const written = [await commitOne(thingId, 'before the kill')];

    const killedAt = Date.now();
    await harness.dataSource.query(`SELECT pg_terminate_backend($1)`, [before]);
    for (let i = 0; i < 20; i++) written.push(await commitOne(thingId, `after the kill ${i}`));
    const lastCommitted = Date.now();

    await expectEventually(() => expect(written.every((w) => messageOf(w.id))).toBe(true));
    const lastSent = Math.max(...written.map((w) => messageOf(w.id)!.timestamp));
    console.log(
      `LISTEN connection killed: 20 rows committed in the ${lastCommitted - killedAt} ms after the kill; ` +
        `last commit → last sent ${lastSent - lastCommitted} ms`,
    );
    expect(probe.messages.filter((m) => m.key === thingId).map((m) => m.headers['event-id'])).toEqual(written.map((w) => w.id));
    expect(relay.isLeader).toBe(true);
    const [after] = await leaderPid();
    expect(after).toBeDefined();
    expect(after).not.toBe(before);

    // and it is woken by NOTIFY again on the new connection, not by the poll
    const next = await commitOne(thingId, 'after recovery');
    await expectEventually(() => expect(messageOf(next.id)).toBeDefined());
    expect(messageOf(next.id)!.timestamp - next.committing).toBeLessThan(1_000);
    await expectEventually(async () => expect(await outboxCount()).toBe(0));
  });
});
