import { describe, expect, it } from 'vitest';
import type { ReportForm } from '../report/report-draft';
import { assistedReportOf } from './desk-report';

const form: ReportForm = {
  description: '  Lantaarnpaal brandt niet  ',
  choice: { category: 'openbare-ruimte', subcategory: 'straatverlichting' },
  answers: { 'lamp-number': 'A12', stale: true },
  location: { lat: 52.3712345678, lon: 4.8912345678 },
  outside: false,
  contact: { email: ' jansen@example.nl ', phone: '', language: 'en', emailUpdates: true, professionalContact: false },
};
const questions = [{ id: 'lamp-number', kind: 'text', label: { nl: 'Nummer', en: 'Number' }, required: false }] as never;

describe('assistedReportOf', () => {
  it('sends the report as the loket does, with channel, tier and the resident’s name in their contact details', () => {
    expect(assistedReportOf(form, questions, { channel: 'phone', tier: 'volunteer', name: ' Mevrouw Jansen ' })).toEqual({
      description: 'Lantaarnpaal brandt niet',
      category: 'openbare-ruimte',
      subcategory: 'straatverlichting',
      location: { lat: 52.371235, lon: 4.891235 },
      answers: { 'lamp-number': 'A12' },
      contact: { email: 'jansen@example.nl', name: 'Mevrouw Jansen' },
      consentToContact: true,
      language: 'en',
      channel: 'phone',
      reporterTier: 'volunteer',
    });
  });

  it('sends no contact for an anonymous caller and always sends answers, so required questions are enforced', () => {
    const anonymous = assistedReportOf({ ...form, answers: {}, contact: { ...form.contact, email: '' } }, questions, { channel: 'counter', tier: 'anonymous', name: '' });
    expect(anonymous.contact).toBeUndefined();
    expect(anonymous.answers).toEqual({});
    expect(anonymous).toMatchObject({ channel: 'counter', reporterTier: 'anonymous' });
  });
});
