import { verifyWebhookSignature } from '@loket/webhooks';
import { FixedClock } from '../../../testing/workbench-fakes';
import { AttemptOutcome, ClaimedDelivery, WebhookDeliveries } from '../persistence/webhook-deliveries';
import { WebhookSettings } from '../webhooks.config';
import { DeliverWebhooks } from './deliver-webhooks.job';
import { SendResult, WebhookSender } from './webhook-sender';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** Claims as the database would: pending and due only; records each attempt. */
class InMemoryDeliveries extends WebhookDeliveries {
  readonly rows: (ClaimedDelivery & { status: string; dueAt: Date; outcomes: AttemptOutcome[] })[] = [];

  enqueue(): Promise<boolean> {
    throw new Error('not used');
  }

  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
    const due = this.rows.filter((r) => r.status === 'pending' && r.dueAt <= now).slice(0, limit);
    for (const row of due) row.dueAt = leaseUntil;
    return due.map((r) => ({ ...r }));
  }

  async recordAttempt(delivery: ClaimedDelivery, outcome: AttemptOutcome): Promise<boolean> {
    const row = this.rows.find((r) => r.id === delivery.id)!;
    row.attempts += 1;
    row.status = outcome.status;
    row.dueAt = outcome.nextAttemptAt ?? row.dueAt;
    row.outcomes.push(outcome);
    return true;
  }

  logOf(): never {
    throw new Error('not used');
  }

  forgetFinishedBefore(): never {
    throw new Error('not used');
  }
}

class ScriptedSender extends WebhookSender {
  readonly posts: { url: string; headers: Record<string, string>; body: string }[] = [];
  constructor(public answer: SendResult) {
    super();
  }

  async post(url: string, headers: Record<string, string>, body: string): Promise<SendResult> {
    this.posts.push({ url, headers, body });
    return this.answer;
  }
}

describe('the webhook sender', () => {
  const settings: WebhookSettings = {
    source: '/loket/workbench',
    allowHttpToLocalhost: false,
    pollIntervalMs: 0,
    batchSize: 10,
    timeoutMs: 1_000,
    retry: { baseDelayMs: 1_000, maxDelayMs: 60_000, maxAttempts: 3, maxAgeMs: 3_600_000 },
    keepLogDays: 30,
  };
  const clock = new FixedClock(new Date('2026-12-05T08:00:00Z'));
  let deliveries: InMemoryDeliveries;

  beforeEach(() => {
    clock.at = new Date('2026-12-05T08:00:00Z');
    deliveries = new InMemoryDeliveries();
    deliveries.rows.push({
      id: 'd1',
      attempts: 0,
      createdAt: clock.now(),
      payload: {
        specversion: '1.0', id: 'event-1', source: '/loket/workbench', type: 'nl.loket.case.opened.v1', subject: 'c1',
        time: '2026-12-05T08:00:00.000Z', datacontenttype: 'application/json', data: { caseId: 'c1' },
      },
      targetUrl: 'https://zaken.example.nl/hook',
      secret: SECRET,
      status: 'pending',
      dueAt: clock.now(),
      outcomes: [],
    });
  });

  it('posts the CloudEvent signed, with the event id as webhook-id, and marks a 2xx delivered', async () => {
    const sender = new ScriptedSender({ ok: true, statusCode: 204 });
    const run = await new DeliverWebhooks(deliveries, sender, settings, clock).runOnce();
    expect(run).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    const [post] = sender.posts;
    expect(post!.headers['webhook-id']).toBe('event-1');
    expect(post!.headers['webhook-timestamp']).toBe(String(Date.parse('2026-12-05T08:00:00Z') / 1000));
    expect(verifyWebhookSignature(SECRET, post!.headers, post!.body, { nowSeconds: Date.parse('2026-12-05T08:00:00Z') / 1000 })).toBe(true);
    expect(JSON.parse(post!.body)).toEqual(deliveries.rows[0]!.payload);
    expect(deliveries.rows[0]!.outcomes[0]).toMatchObject({ status: 'delivered', statusCode: 204, error: null });
  });

  it('schedules a failed attempt again with backoff, the same webhook-id, and parks it after the last', async () => {
    const sender = new ScriptedSender({ ok: false, statusCode: 503, error: 'HTTP 503' });
    const job = new DeliverWebhooks(deliveries, sender, settings, clock);
    expect(await job.runOnce()).toEqual({ claimed: 1, delivered: 0, failed: 0 });
    const first = deliveries.rows[0]!.outcomes[0]!;
    expect(first).toMatchObject({ status: 'pending', statusCode: 503, error: 'HTTP 503' });
    expect(first.nextAttemptAt!.getTime() - clock.now().getTime()).toBeGreaterThanOrEqual(500);
    expect(await job.runOnce()).toEqual({ claimed: 0, delivered: 0, failed: 0 });

    clock.at = new Date(clock.at.getTime() + 60_000);
    await job.runOnce();
    clock.at = new Date(clock.at.getTime() + 60_000);
    sender.answer = { ok: false, statusCode: null, error: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1' };
    expect(await job.runOnce()).toEqual({ claimed: 1, delivered: 0, failed: 1 });
    expect(deliveries.rows[0]!.status).toBe('failed');
    expect(deliveries.rows[0]!.outcomes.at(-1)!.error).toBe('ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1 (given up: max-attempts)');
    expect(new Set(sender.posts.map((p) => p.headers['webhook-id']))).toEqual(new Set(['event-1']));
    clock.at = new Date(clock.at.getTime() + 3_600_000);
    expect(await job.runOnce()).toEqual({ claimed: 0, delivered: 0, failed: 0 });
  });
});
