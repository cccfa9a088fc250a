import { describe, expect, it } from 'vitest';
import { CategoryQuestion } from '../api/routing';
import { faultsOf, followOf, ReportForm, reportOf } from './report-draft';

const form = (change: Partial<ReportForm> = {}): ReportForm => ({
  description: '  Losse stoeptegel voor nummer 12  ',
  choice: { category: 'openbare-ruimte', subcategory: 'bestrating' },
  answers: {},
  location: { lat: 52.370216789, lon: 4.895168123 },
  outside: false,
  contact: { email: '', phone: '', language: 'nl', emailUpdates: true, professionalContact: false },
  ...change,
});
const danger: CategoryQuestion = {
  id: 'danger', kind: 'yes-no', required: true, label: { nl: 'Is er nu iemand in gevaar?', en: 'Is someone in danger right now?' },
  urgentIf: { equals: true, message: { nl: 'Bel 112', en: 'Call 112' } },
};

describe('faultsOf', () => {
  it('finds nothing wrong with a described, placed report', () => {
    expect(faultsOf(form(), [], 'nl')).toEqual([]);
  });

  it('asks for the pasted messages instead of a description when forwarding from a chat, and sends the paste with any own words', () => {
    expect(faultsOf(form({ chatExport: '  ', description: '' }), [], 'nl').map((f) => [f.field, f.key])).toEqual([['chat-export', 'chat.required']]);
    const paste = '[05-12-26 21:03] Jan: bank bij de glasbak';
    expect(reportOf(form({ chatExport: ` ${paste} `, description: ' ' }), [], { professionalContact: false })).toMatchObject({ chatExport: paste });
    expect(reportOf(form({ chatExport: paste, description: ' ' }), [], { professionalContact: false })).not.toHaveProperty('description');
    expect(reportOf(form({ chatExport: paste, description: 'uit de buurtapp' }), [], { professionalContact: false })).toMatchObject({ chatExport: paste, description: 'uit de buurtapp' });
  });

  it('asks for a description, an answer to each required question, and a place inside the municipality', () => {
    expect(faultsOf(form({ description: ' ', location: null }), [danger], 'en').map((f) => [f.field, f.key, f.values?.['label']])).toEqual([
      ['description', 'what.required', undefined],
      ['question-danger', 'questions.required', 'Is someone in danger right now?'],
      ['where-heading', 'where.required', undefined],
    ]);
    expect(faultsOf(form({ outside: true }), [], 'nl').map((f) => f.key)).toEqual(['where.outside']);
  });
});

describe('reportOf', () => {
  it('sends what was filled in: trimmed text, the category, the place to the centimetre, no empty contact', () => {
    expect(reportOf(form({ contact: { email: '', phone: '', language: 'nl', emailUpdates: false, professionalContact: false } }), [], { professionalContact: false }).consentToContact).toBe(false);
    expect(reportOf(form(), [], { professionalContact: false })).toEqual({
      description: 'Losse stoeptegel voor nummer 12',
      category: 'openbare-ruimte',
      subcategory: 'bestrating',
      location: { lat: 52.370217, lon: 4.895168 },
      consentToContact: true,
      language: 'nl',
    });
  });

  it('sends only answers to the questions of the chosen category, and consent to professional contact only when ticked', () => {
    const withContact = form({
      answers: { danger: false, stale: 'x' },
      contact: { email: 'anna@example.nl', phone: '', language: 'en', emailUpdates: true, professionalContact: false },
    });
    const unticked = reportOf(withContact, [danger], { professionalContact: true });
    expect(unticked).toMatchObject({ answers: { danger: false }, contact: { email: 'anna@example.nl' }, consentToContact: true, language: 'en' });
    expect(unticked).not.toHaveProperty('consentToProfessionalContact');
    const ticked = form({ contact: { ...withContact.contact, professionalContact: true } });
    expect(reportOf(ticked, [], { professionalContact: true }).consentToProfessionalContact).toBe(true);
    expect(reportOf(ticked, [], { professionalContact: false })).not.toHaveProperty('consentToProfessionalContact');
  });
});

describe('followOf', () => {
  it('names the case and the contact details, never the description or the place', () => {
    const follow = followOf('c-1', form({ contact: { email: 'bert@example.nl', phone: '', language: 'nl', emailUpdates: true, professionalContact: false } }));
    expect(follow).toEqual({ follows: 'c-1', contact: { email: 'bert@example.nl' }, consentToContact: true, language: 'nl' });
  });
});
