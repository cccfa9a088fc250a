import type { EntityManager } from 'typeorm';
import type { CaseOpenedV1, CaseReassignedV1, CaseStatusChangedV1, EventEnvelope } from '@loket/contracts';
import type { WebhookChannel } from '@loket/webhooks';
import { FixedClock } from '../../../testing/workbench-fakes';
import { WebhookDeliveries } from '../persistence/webhook-deliveries';
import type { WebhookDeliveryRecord } from '../persistence/webhook-delivery.entity';
import type { WebhookSubscriptionRecord } from '../persistence/webhook-subscription.entity';
import { WebhookSubscriptions } from '../persistence/webhook-subscriptions';
import { webhookSettingsFromEnv } from '../webhooks.config';
import { QueueWebhooksWhenCaseChanged } from './queue-webhooks-when-case-changed.handler';

class InMemorySubscriptions extends WebhookSubscriptions {
  constructor(readonly rows: WebhookSubscriptionRecord[]) {
    super();
  }
  add(): never { throw new Error('not used'); }
  all(): never { throw new Error('not used'); }
  find(): never { throw new Error('not used'); }
  disable(): never { throw new Error('not used'); }
  remove(): never { throw new Error('not used'); }
  async activeOn(_: EntityManager, channel: WebhookChannel) {
    return this.rows.filter((s) => s.status === 'active' && s.channels.includes(channel));
  }
}

class InMemoryDeliveries extends WebhookDeliveries {
  readonly rows: WebhookDeliveryRecord[] = [];
  async enqueue(_: EntityManager, delivery: WebhookDeliveryRecord) {
    if (this.rows.some((r) => r.subscriptionId === delivery.subscriptionId && r.eventId === delivery.eventId)) return false;
    this.rows.push(delivery);
    return true;
  }
  claimDue(): never { throw new Error('not used'); }
  recordAttempt(): never { throw new Error('not used'); }
  logOf(): never { throw new Error('not used'); }
  forgetFinishedBefore(): never { throw new Error('not used'); }
}

const subscription = (over: Partial<WebhookSubscriptionRecord>): WebhookSubscriptionRecord => ({
  id: 's1', name: 'Dashboard', targetUrl: 'https://x.example.nl/h', channels: ['case.opened', 'case.status-changed', 'case.reassigned'],
  filterCategories: [], filterOrganisations: [], fields: ['organisation', 'description'], secret: 'whsec_x', status: 'active',
  createdAt: new Date(), createdByUsername: 'admin', disabledAt: null, ...over,
});

const CASE_ID = '00000000-0000-4000-8000-000000000001';
const opened = (sensitivity: number): CaseOpenedV1 => ({
  caseId: CASE_ID, organisation: 'municipality', team: 'stadsbeheer', priority: 'normal',
  sla: { amount: 5, unit: 'days', calendar: 'calendar' }, category: { main: 'afval', sensitivity },
  report: {
    reportId: '00000000-0000-4000-8000-000000000002', reporterRef: 'rr_secret', description: 'Bel 06-12345678',
    location: { lat: 52.09, lon: 5.12 }, submittedAt: '2026-12-05T08:00:00Z', reporterTier: 'resident', areaIds: [],
  },
  decision: { policyId: 'p', policyVersion: 1, ruleId: 'r', explanation: 'x' }, openedAt: '2026-12-05T08:00:00Z',
});
const envelopeOf = <P extends object>(id: string, payload: P): EventEnvelope<P> => ({
  id, type: 't', version: 1, occurredAt: '2026-12-05T08:00:00Z', correlationId: 'c', causationId: null, producer: 'routing', payload,
});

describe('queueing webhooks when a case changes', () => {
  const caseRow = { id: CASE_ID, organisation: 'municipality', categoryMain: 'afval', categorySub: null, sensitivity: 1 };
  let lookups: number;
  let tx: EntityManager;
  const setup = (...rows: WebhookSubscriptionRecord[]) => {
    const deliveries = new InMemoryDeliveries();
    const handler = new QueueWebhooksWhenCaseChanged(new InMemorySubscriptions(rows), deliveries, webhookSettingsFromEnv({}), new FixedClock());
    return { deliveries, handler };
  };
  beforeEach(() => {
    lookups = 0;
    tx = { findOne: async () => { lookups += 1; return caseRow; } } as unknown as EntityManager;
  });

  it('queues one CloudEvent per subscription and event, the text redacted, never the reporter', async () => {
    const { deliveries, handler } = setup(subscription({}), subscription({ id: 's2', fields: [] }));
    const event = envelopeOf('e1', opened(1));
    await handler.caseOpened(event.payload, tx, event);
    await handler.caseOpened(event.payload, tx, event);
    expect(deliveries.rows.map((r) => [r.subscriptionId, r.eventId, r.status, r.attempts])).toEqual([['s1', 'e1', 'pending', 0], ['s2', 'e1', 'pending', 0]]);
    expect(deliveries.rows[0]!.payload).toMatchObject({ id: 'e1', type: 'nl.loket.case.opened.v1', subject: CASE_ID, data: { organisation: 'municipality' } });
    expect(deliveries.rows[0]!.payload.data.description).toBe('Bel [telefoonnummer verwijderd]');
    expect(deliveries.rows[1]!.payload.data).toEqual({ caseId: CASE_ID });
    expect(JSON.stringify(deliveries.rows)).not.toMatch(/rr_secret|06-12345678/);
  });

  it('queues nothing for a sensitive case, or outside a filter, and does not look the case up when no one subscribes', async () => {
    const { deliveries, handler } = setup(subscription({ filterOrganisations: ['police'] }));
    const care = envelopeOf('e2', opened(4));
    await handler.caseOpened(care.payload, tx, care);
    const plain = envelopeOf('e3', opened(1));
    await handler.caseOpened(plain.payload, tx, plain);
    expect(deliveries.rows).toEqual([]);
    const none = setup();
    const changed = envelopeOf<CaseStatusChangedV1>('e4', { caseId: CASE_ID, organisation: 'municipality', from: 'new', to: 'assigned', resolutionCode: null, caseVersion: 2, changedAt: '2026-12-05T08:00:00Z' });
    await none.handler.statusChanged(changed.payload, tx, changed);
    expect(lookups).toBe(0);
  });

  it('takes category and sensitivity from the case as the workbench holds it; an unknown case is not sent', async () => {
    const { deliveries, handler } = setup(subscription({}));
    const changed = envelopeOf<CaseStatusChangedV1>('e5', { caseId: CASE_ID, organisation: 'municipality', from: 'resolved', to: 'closed', resolutionCode: 'opgelost', caseVersion: 5, changedAt: '2026-12-05T08:00:00Z' });
    await handler.statusChanged(changed.payload, tx, changed);
    expect(deliveries.rows[0]!.payload.data).toEqual({ caseId: CASE_ID, organisation: 'municipality', status: { from: 'resolved', to: 'closed', resolutionCode: 'opgelost' } });
    caseRow.sensitivity = 3;
    const again = envelopeOf('e6', changed.payload);
    await handler.statusChanged(again.payload, tx, again);
    caseRow.sensitivity = 1;
    const unknown = { findOne: async () => null } as unknown as EntityManager;
    const reassigned = envelopeOf<CaseReassignedV1>('e7', {
      caseId: CASE_ID, fromOrganisation: 'municipality', organisation: 'housing', team: 't', priority: 'normal',
      sla: { amount: 1, unit: 'days', calendar: 'working' }, via: 'coordinator', explanation: 'x', reason: 'y', reassignedAt: '2026-12-05T08:00:00Z',
    });
    await handler.reassigned(reassigned.payload, unknown, reassigned);
    expect(deliveries.rows.map((r) => r.eventId)).toEqual(['e5']);
    await handler.reassigned(reassigned.payload, tx, reassigned);
    expect(deliveries.rows.at(-1)!.payload.data).toEqual({ caseId: CASE_ID, organisation: 'housing' });
  });
});
