import { DEFAULT_DISCLOSURE_MATRIX, REPORTER_TIERS, ReporterTier, Sensitivity, SENSITIVITIES } from '@loket/disclosure-policy';
import { DEFAULT_DISCLOSURE_POLICY } from './disclosure-policy';
import { CaseFacts, contactLevel, Occasion, planForCase, planMessage, ReporterFacts } from './plan-message';

const policy = DEFAULT_DISCLOSURE_POLICY;
const CODE = 'K7QM-2XNP-8RTD-4VWB-HC9F';
const reportedAt = new Date('2026-05-01T10:00:00Z');
const later = new Date('2026-05-02T10:00:00Z');

function reporter(overrides: Partial<ReporterFacts> = {}): ReporterFacts {
  return {
    reportId: '00000000-0000-4000-8000-000000000001',
    reporterRef: 'rr_aaaaaaaaaaaaaaaaaaaaaa',
    tier: 'resident',
    language: 'nl',
    consentToContact: true,
    hasEmail: true,
    receivedAt: reportedAt,
    trackingCodeHint: '…-HC9F',
    ...overrides,
  };
}

function caseOf(sensitivity: Sensitivity, organisation = 'police'): CaseFacts {
  return { caseId: '00000000-0000-4000-8000-0000000000c1', sensitivity, organisation };
}

const receipt: Occasion = { stage: 'received', eventId: 'e-received', occurredAt: reportedAt, trackingCode: CODE };
const pickedUp: Occasion = { stage: 'picked-up', eventId: 'e-picked-up', occurredAt: later };
const note = (text: string): Occasion => ({ stage: 'note-for-reporter', eventId: 'e-note', occurredAt: later, noteText: text });
const PAIRS = SENSITIVITIES.flatMap((sensitivity) => REPORTER_TIERS.map((tier): [Sensitivity, ReporterTier] => [sensitivity, tier]));

describe('contactLevel', () => {
  it('is 0 for a reporter who asked for no contact, whatever the matrix says', () => {
    expect(contactLevel(reporter({ consentToContact: false, tier: 'professional' }), caseOf(1), policy)).toBe(0);
  });

  it.each(PAIRS)('is the default matrix cell on a case of sensitivity %i for a %s', (sensitivity, tier) => {
    expect(contactLevel(reporter({ tier }), caseOf(sensitivity), policy)).toBe(DEFAULT_DISCLOSURE_MATRIX[sensitivity][tier]);
  });

  it('is the lowest ceiling of the tier while the case is not known yet', () => {
    expect(contactLevel(reporter({ tier: 'anonymous' }), null, policy)).toBe(1);
    expect(contactLevel(reporter({ tier: 'volunteer' }), null, policy)).toBe(2);
  });
});

describe('planMessage', () => {
  it('sends a receipt with the full tracking code, before the case is known', () => {
    const planned = planMessage(receipt, reporter({ tier: 'anonymous' }), null, policy);
    expect(planned).toMatchObject({ stage: 'received', level: 1, channel: 'email', caseId: null, triggerEventId: 'e-received' });
    expect(planned!.subject).toContain(CODE);
    expect(planned!.body).toContain(CODE);
  });

  it('names the report by the hint of its code in later messages: the code itself is not kept', () => {
    const planned = planMessage(pickedUp, reporter(), caseOf(1), policy)!;
    expect(planned.subject).toContain('…-HC9F');
    expect(planned.body).not.toContain(CODE);
  });

  it('keeps the message on the tracking page for a reporter without an e-mail address', () => {
    expect(planMessage(receipt, reporter({ hasEmail: false }), null, policy)).toMatchObject({ channel: 'page' });
  });

  it('tells a reporter without consent nothing at all', () => {
    const silent = reporter({ consentToContact: false, tier: 'professional' });
    expect([receipt, pickedUp, note('x')].map((o) => planMessage(o, silent, caseOf(1), policy))).toEqual([null, null, null]);
  });

  it('tells progress only from level 2', () => {
    expect(planMessage(pickedUp, reporter({ tier: 'anonymous' }), caseOf(4), policy)).toBeNull(); // ceiling 1
    expect(planMessage(pickedUp, reporter({ tier: 'anonymous' }), caseOf(3), policy)).toMatchObject({ stage: 'picked-up', level: 2 });
  });

  it('names the kind of organisation at level 4 only, in the reporter’s language', () => {
    const trusted = planMessage(pickedUp, reporter({ tier: 'volunteer' }), caseOf(1, 'police'), policy)!;
    const trustedEn = planMessage(pickedUp, reporter({ tier: 'volunteer', language: 'en' }), caseOf(1, 'police'), policy)!;
    const resident = planMessage(pickedUp, reporter({ tier: 'resident' }), caseOf(1, 'police'), policy)!;
    expect(trusted.body).toContain('de wijkagent');
    expect(trustedEn.body).toContain('the community police officer');
    expect(resident.body).not.toContain('wijkagent');
  });

  it('redacts a professional’s note: it is never the reporter’s own text', () => {
    const planned = planMessage(note('Gesproken met de bewoner, bel 06-12345678 of mail wijkagent@politie.nl'), reporter(), caseOf(2), policy)!;
    expect(planned).toMatchObject({ stage: 'note-for-reporter', level: 3 });
    expect(planned.body).toContain('Gesproken met de bewoner');
    expect(planned.body).not.toContain('06-12345678');
    expect(planned.body).not.toContain('wijkagent@politie.nl');
  });

  it.each(PAIRS)(
    'gives a note on a case of sensitivity %i to a %s exactly when the default ceiling reaches 3, else at 2 the generic progress message',
    (sensitivity, tier) => {
      const ceiling = DEFAULT_DISCLOSURE_MATRIX[sensitivity][tier];
      const planned = planMessage(note('De container is geleegd.'), reporter({ tier }), caseOf(sensitivity), policy);
      if (ceiling >= 3) {
        expect(planned).toMatchObject({ stage: 'note-for-reporter', level: ceiling });
        expect(planned!.body).toContain('De container is geleegd.');
      } else if (ceiling === 2) {
        expect(planned).toMatchObject({ stage: 'note-for-reporter', level: 2, subject: 'Er is voortgang met je melding …-HC9F' });
        expect(planned!.body).not.toContain('container');
      } else {
        expect(planned).toBeNull();
      }
    },
  );

  it('never gives a note on a care case to an anonymous resident, by e-mail or on the page', () => {
    expect(planMessage(note('Zorg is ingeschakeld.'), reporter({ tier: 'anonymous' }), caseOf(4, 'social-work'), policy)).toBeNull();
    expect(planMessage(note('Zorg is ingeschakeld.'), reporter({ tier: 'anonymous', hasEmail: false }), caseOf(4, 'social-work'), policy)).toBeNull();
  });

  it('does not tell a reporter what happened to the case before they reported', () => {
    const late = reporter({ receivedAt: new Date('2026-06-01T00:00:00Z') });
    expect(planMessage(pickedUp, late, caseOf(1), policy)).toBeNull();
    expect(planMessage(receipt, late, caseOf(1), policy)).not.toBeNull();
  });

  it('writes in the reporter’s language', () => {
    const nl = planMessage(pickedUp, reporter({ language: 'nl' }), caseOf(1), policy)!;
    const en = planMessage(pickedUp, reporter({ language: 'en' }), caseOf(1), policy)!;
    expect(en.language).toBe('en');
    expect(en.subject).not.toBe(nl.subject);
  });
});

describe('planForCase', () => {
  const anonymous = reporter({ reportId: 'r-anon', reporterRef: 'rr_anon', tier: 'anonymous' });
  const resident = reporter({ reportId: 'r-resident', reporterRef: 'rr_resident', tier: 'resident', hasEmail: false });
  const volunteer = reporter({ reportId: 'r-volunteer', reporterRef: 'rr_volunteer', tier: 'volunteer' });
  const withdrawn = reporter({ reportId: 'r-withdrawn', reporterRef: 'rr_withdrawn', tier: 'volunteer', consentToContact: false });
  const all = [anonymous, resident, volunteer, withdrawn];

  it.each([
    [1, { 'r-anon': 3, 'r-resident': 3, 'r-volunteer': 4 }],
    [2, { 'r-anon': 2, 'r-resident': 3, 'r-volunteer': 4 }],
    [3, { 'r-anon': 2, 'r-resident': 2, 'r-volunteer': 4 }],
    [4, { 'r-volunteer': 2 }],
  ] as const)('tells each reporter of a case of sensitivity %i that it was picked up, at their own level', (sensitivity, expected) => {
    const planned = planForCase(pickedUp, all, caseOf(sensitivity), policy);
    expect(Object.fromEntries(planned.map((m) => [m.reportId, m.level]))).toEqual(expected);
  });

  it.each([
    [1, { 'r-anon': 'note', 'r-resident': 'note', 'r-volunteer': 'note' }],
    [2, { 'r-anon': 'progress', 'r-resident': 'note', 'r-volunteer': 'note' }],
    [3, { 'r-anon': 'progress', 'r-resident': 'progress', 'r-volunteer': 'note' }],
    [4, { 'r-volunteer': 'progress' }],
  ] as const)('gives a note on a case of sensitivity %i to exactly %j (the others only that there is progress)', (sensitivity, expected) => {
    const planned = planForCase(note('Opgelost.'), all, caseOf(sensitivity), policy);
    expect(Object.fromEntries(planned.map((m) => [m.reportId, m.body.includes('Opgelost.') ? 'note' : 'progress']))).toEqual(expected);
  });

  it('addresses each message to its own reporter only: no one learns who else reported', () => {
    for (const message of planForCase(pickedUp, all, caseOf(1), policy)) {
      const others = all.filter((r) => r.reportId !== message.reportId).map((r) => r.reporterRef);
      expect(others.some((ref) => message.body.includes(ref) || message.subject.includes(ref))).toBe(false);
      expect(all.find((r) => r.reportId === message.reportId)!.reporterRef).toBe(message.reporterRef);
    }
  });
});
