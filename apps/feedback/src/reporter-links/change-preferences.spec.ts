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
  const record = (overrides: Partial<ReporterRecord>) =>
    ({ reportId: 'r', language: 'nl', consentToContact: true, emailsWithdrawnAt: null, consentToProfessionalContact: false, hasEmail: true, contactDetails: 'v1:secret', ...overrides }) as ReporterRecord;

  it('shows contact consent as off once e-mail was withdrawn, and never the contact details', () => {
    expect(preferencesOf(record({}))).toMatchObject({ contactConsent: true, emailOnFile: true });
    const view = preferencesOf(record({ emailsWithdrawnAt: earlier }));
    expect(view).toMatchObject({ contactConsent: false, professionalContactConsent: false });
    expect(JSON.stringify(view)).not.toContain('secret');
  });
});
