import { CaseOpened } from '../events/case-opened/case-opened.v1';
import { ReporterContactSubmitted } from '../events/reporter-contact-submitted/reporter-contact-submitted.v1';
import { FORGOTTEN_MARKER } from '../events/reporter-forgotten/reporter-forgotten.v1';
import { ReportSubmitted } from '../events/report-submitted/report-submitted.v1';
import { hasSealedFields, isPersonalBox, newSubjectKey, openPersonalFields, sealPersonalFields } from './personal-fields';

const reportId = '5f0c9a52-8a54-4a43-9c55-0d6f3b0f2d11';
const eventId = '0b8e3c1d-2f6a-4e7b-9a1c-3d5e7f9a1b2c';
const personal = ReportSubmitted.personalData!;
const report = {
  reportId,
  reporterRef: 'rr_abcdefghijklmnop',
  description: 'Zwarte bank van Pietersen bij de Lindengracht 12',
  address: { street: 'Lindengracht', houseNumber: '12', postcode: '1015 KH', city: 'Amsterdam' },
  answers: [{ questionId: 'hoeveel', value: 'drie zakken' }],
  location: { lat: 52.38, lon: 4.88 },
  category: null,
};

describe('personal fields (crypto-shredding)', () => {
  const key = newSubjectKey();

  it('seals every personal field so that none of it can be read on the bus, and leaves the rest as it was', () => {
    const sealed = sealPersonalFields(personal, eventId, report, key);
    const wire = JSON.stringify(sealed);
    for (const secret of ['Pietersen', 'Lindengracht', '1015 KH', 'drie zakken']) expect(wire).not.toContain(secret);
    expect(isPersonalBox(sealed.description)).toBe(true);
    expect(sealed.location).toEqual(report.location);
    expect(sealed.reportId).toBe(reportId);
    expect(report.description).toContain('Pietersen'); // the original is not touched
    expect(hasSealedFields(personal, sealed)).toBe(true);
    expect(hasSealedFields(personal, report)).toBe(false);
  });

  it('opens what it sealed with the same key', () => {
    const opened = openPersonalFields(personal, eventId, sealPersonalFields(personal, eventId, report, key), key);
    expect(opened).toEqual({ dropped: false, payload: report });
  });

  it('reads a forgotten subject as each field says: replaced by the marker, or removed', () => {
    const opened = openPersonalFields(personal, eventId, sealPersonalFields(personal, eventId, report, key), 'forgotten');
    expect(opened.dropped).toBe(false);
    const payload = (opened as { payload: Record<string, unknown> }).payload;
    expect(payload['description']).toBe(FORGOTTEN_MARKER);
    expect(payload).not.toHaveProperty('address');
    expect(payload).not.toHaveProperty('answers');
    expect(payload['location']).toEqual(report.location);
  });

  it('passes over an event that means nothing without its personal field', () => {
    const contact = { reportId, reporterRef: 'rr_abcdefghijklmnop', sealed: { kid: 'feedback-1', ciphertext: 'x' } };
    const personalContact = ReporterContactSubmitted.personalData!;
    const sealed = sealPersonalFields(personalContact, eventId, contact, key);
    expect(openPersonalFields(personalContact, eventId, sealed, 'forgotten')).toEqual({ dropped: true });
    expect(openPersonalFields(personalContact, eventId, sealed, key)).toEqual({ dropped: false, payload: contact });
  });

  it('seals the nested report of a case event under the report, not the case', () => {
    const personalCase = CaseOpened.personalData!;
    const caseOpened = { caseId: 'c1', report };
    const sealed = sealPersonalFields(personalCase, eventId, caseOpened, key);
    expect(JSON.stringify(sealed)).not.toContain('Pietersen');
    expect(openPersonalFields(personalCase, eventId, sealed, key)).toEqual({ dropped: false, payload: caseOpened });
  });

  it('writes what a forgotten subject says so that it can never be read, not even with a key', () => {
    const sealed = sealPersonalFields(personal, eventId, report, 'forgotten');
    expect(JSON.stringify(sealed)).not.toContain('Pietersen');
    expect(() => openPersonalFields(personal, eventId, sealed, key)).toThrow(/does not open/);
    expect((openPersonalFields(personal, eventId, sealed, 'forgotten') as { payload: { description: string } }).payload.description).toBe(FORGOTTEN_MARKER);
  });

  it('refuses a box that was altered, moved to another event, or put in another field', () => {
    const sealed = sealPersonalFields(personal, eventId, report, key);
    const box = sealed.description as unknown as { ciphertext: string };
    const altered = Buffer.from(box.ciphertext, 'base64');
    altered[0] = altered[0]! ^ 0xff;
    expect(() => openPersonalFields(personal, eventId, { ...sealed, description: { ...box, ciphertext: altered.toString('base64') } }, key)).toThrow();
    expect(() => openPersonalFields(personal, '11111111-2f6a-4e7b-9a1c-3d5e7f9a1b2c', sealed, key)).toThrow();
    expect(() => openPersonalFields(personal, eventId, { ...sealed, address: sealed.description }, key)).toThrow();
  });

  it('reads plain fields (an event from before sealing) as they are, and needs a subject to seal', () => {
    expect(openPersonalFields(personal, eventId, report, 'forgotten')).toEqual({ dropped: false, payload: report });
    expect(() => sealPersonalFields(personal, eventId, { ...report, reportId: undefined }, key)).toThrow(/no subject/);
  });
});
