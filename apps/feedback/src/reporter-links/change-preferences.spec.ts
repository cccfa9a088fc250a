import { preferenceChanges } from './change-preferences.use-case';
import { preferencesOf } from './preferences.dto';
import { ReporterRecord } from '../reporters/reporter.entity';

const now = new Date('2026-05-01T10:00:00Z');
const earlier = new Date('2026-04-01T10:00:00Z');

describe('preferenceChanges', () => {
  it('changes only what was asked for', () => {
    expect(preferenceChanges({ emailsWithdrawnAt: null }, { language: 'en' }, now)).toEqual({ language: 'en' });
    expect(preferenceChanges({ emailsWithdrawnAt: null }, { professionalContactConsent: true }, now)).toEqual({ consentToProfessionalContact: true });
  });

  it('withdrawing e-mail consent records when, once; the consent to hear back (the tracking page) stays', () => {
    expect(preferenceChanges({ emailsWithdrawnAt: null }, { contactConsent: false }, now)).toEqual({ emailsWithdrawnAt: now });
    expect(preferenceChanges({ emailsWithdrawnAt: earlier }, { contactConsent: false }, now)).toEqual({ emailsWithdrawnAt: earlier });
  });

  it('giving consent again lifts the withdrawal', () => {
    expect(preferenceChanges({ emailsWithdrawnAt: earlier }, { contactConsent: true }, now)).toEqual({ consentToContact: true, emailsWithdrawnAt: null });
  });
});

describe('preferencesOf', () => {
  const manageLink = { purpose: 'manage' as const, expiresAt: new Date('2027-01-01T00:00:00Z') };

  it('offers only what the link is for: a data link shows no preference changes, a manage link no export or erasure', () => {
    const reporter = record({});
    expect(Object.keys(preferencesOf(reporter, manageLink).actions)).toEqual(
      expect.arrayContaining(['changePreferences', 'withdrawContactConsent', 'requestDataLink', 'revokeAllLinks', 'answerSatisfaction']),
    );
    expect(preferencesOf(reporter, manageLink).actions).not.toHaveProperty('exportMyData');
    expect(preferencesOf(reporter, { ...manageLink, purpose: 'export' }).actions).toEqual({ exportMyData: 'GET ./export' });
    expect(preferencesOf(reporter, { ...manageLink, purpose: 'erase' })).toMatchObject({ actions: { eraseMyData: 'POST ./erasure' }, validUntil: '2027-01-01T00:00:00.000Z' });
  });

  const record = (overrides: Partial<ReporterRecord>) =>
    ({ reportId: 'r', language: 'nl', consentToContact: true, emailsWithdrawnAt: null, consentToProfessionalContact: false, hasEmail: true, contactDetails: 'v1:secret', ...overrides }) as ReporterRecord;

  it('shows contact consent as off once e-mail was withdrawn, and never the contact details', () => {
    expect(preferencesOf(record({}), manageLink)).toMatchObject({ contactConsent: true, emailOnFile: true, purpose: 'manage' });
    const view = preferencesOf(record({ emailsWithdrawnAt: earlier }), manageLink);
    expect(view).toMatchObject({ contactConsent: false, professionalContactConsent: false });
    expect(JSON.stringify(view)).not.toContain('secret');
  });
});
