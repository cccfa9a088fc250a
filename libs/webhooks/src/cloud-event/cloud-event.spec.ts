import { toCloudEvent } from './cloud-event';
import { cloudEventTypeOf, isWebhookChannel } from './webhook-channels';

describe('CloudEvent of a case event', () => {
  it('is CloudEvents 1.0 with the Loket event id, a versioned type and the case as subject', () => {
    const event = toCloudEvent({
      eventId: '7b6f3f55-2b7e-4f1a-9a0e-6a2f7c1d9e01',
      channel: 'case.status-changed',
      caseId: 'c0a8012e-0000-4000-8000-000000000001',
      occurredAt: new Date('2026-12-05T08:00:00Z'),
      source: 'https://loket.example.nl/workbench',
      data: { caseId: 'c0a8012e-0000-4000-8000-000000000001', status: { from: 'new', to: 'assigned', resolutionCode: null } },
    });
    expect(event).toEqual({
      specversion: '1.0',
      id: '7b6f3f55-2b7e-4f1a-9a0e-6a2f7c1d9e01',
      source: 'https://loket.example.nl/workbench',
      type: 'nl.loket.case.status-changed.v1',
      subject: 'c0a8012e-0000-4000-8000-000000000001',
      time: '2026-12-05T08:00:00.000Z',
      datacontenttype: 'application/json',
      data: { caseId: 'c0a8012e-0000-4000-8000-000000000001', status: { from: 'new', to: 'assigned', resolutionCode: null } },
    });
  });

  it('knows its channels', () => {
    expect(cloudEventTypeOf('case.opened')).toBe('nl.loket.case.opened.v1');
    expect(isWebhookChannel('case.report-linked')).toBe(true);
    expect(isWebhookChannel('case.referred')).toBe(false);
  });
});
