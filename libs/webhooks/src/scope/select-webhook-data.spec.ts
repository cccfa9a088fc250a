import type { CaseEventFact } from './case-event-fact';
import { DESCRIPTION_MAX_LENGTH, redactedDescription, selectWebhookData } from './select-webhook-data';
import type { SubscriptionScope } from './subscription-scope';

describe('what a subscription receives of a case event', () => {
  const fact: CaseEventFact = {
    eventId: 'e1',
    channel: 'case.opened',
    caseId: 'c1',
    occurredAt: new Date('2026-12-05T08:00:00Z'),
    organisation: 'municipality',
    category: { main: 'afval', sub: 'grofvuil', sensitivity: 1 },
    description: 'Bank op de stoep bij Kerkstraat 12, 3511 AB 12, bel me op 06-12345678 of mail jan@example.nl',
    location: { lat: 52.090712, lon: 5.121433 },
  };
  const everything: SubscriptionScope = { channels: ['case.opened'], filter: {}, fields: ['organisation', 'category', 'description', 'location'] };

  it('only the case id when the scope names no fields', () => {
    expect(selectWebhookData(fact, { ...everything, fields: [] })).toEqual({ caseId: 'c1' });
  });

  it('the fields the scope names, the description redacted and the place coarsened to a grid cell', () => {
    const data = selectWebhookData(fact, everything)!;
    expect(data.organisation).toBe('municipality');
    expect(data.category).toEqual({ main: 'afval', sub: 'grofvuil' });
    expect(data.description).toContain('[telefoonnummer verwijderd]');
    expect(data.description).toContain('[e-mail verwijderd]');
    expect(data.description).not.toMatch(/06-12345678|jan@example\.nl|3511 AB 12/);
    expect(data.location).not.toEqual(fact.location);
    expect(Math.abs(data.location!.lat - fact.location!.lat)).toBeLessThan(0.001);
  });

  it('nothing of a sensitive category (safety, care for a person), whatever the scope', () => {
    expect(selectWebhookData({ ...fact, category: { main: 'zorg', sub: null, sensitivity: 4 } }, everything)).toBeNull();
    expect(selectWebhookData({ ...fact, category: { main: 'veiligheid', sub: null, sensitivity: 3 } }, everything)).toBeNull();
    expect(selectWebhookData({ ...fact, category: { main: 'overlast', sub: null, sensitivity: 2 } }, everything)).not.toBeNull();
  });

  it('nothing on a channel the subscription did not take', () => {
    expect(selectWebhookData({ ...fact, channel: 'case.reassigned' }, everything)).toBeNull();
  });

  it('nothing outside the filter on main category or organisation; an empty filter list does not narrow', () => {
    expect(selectWebhookData(fact, { ...everything, filter: { categories: ['verkeer'] } })).toBeNull();
    expect(selectWebhookData(fact, { ...everything, filter: { organisations: ['police'] } })).toBeNull();
    expect(selectWebhookData(fact, { ...everything, filter: { categories: ['afval'], organisations: [] } })).not.toBeNull();
  });

  it('a status change carries its states', () => {
    const changed: CaseEventFact = { ...fact, channel: 'case.status-changed', status: { from: 'resolved', to: 'closed', resolutionCode: 'opgelost' }, description: null };
    expect(selectWebhookData(changed, { ...everything, channels: ['case.status-changed'], fields: [] })).toEqual({
      caseId: 'c1',
      status: { from: 'resolved', to: 'closed', resolutionCode: 'opgelost' },
    });
  });

  it('cuts a long description at a word, never inside a redaction marker', () => {
    const long = `${'woord '.repeat(80)}mail jan@example.nl ${'x '.repeat(200)}`;
    const cut = redactedDescription(long);
    expect(cut.length).toBeLessThanOrEqual(DESCRIPTION_MAX_LENGTH + 1);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/\[[^\]]*…$/);
  });
});
