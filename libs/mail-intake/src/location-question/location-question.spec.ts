import { locationQuestionOf } from './location-question';

const facts = {
  link: 'https://loket.example/melding-aanvullen/Zm9vYmFy',
  description: 'Kapotte lantaarnpaal\n\nHij brandt al een week niet.',
  days: 7,
  originalSubject: 'Kapotte lantaarnpaal',
  language: 'nl' as const,
};

describe('locationQuestionOf', () => {
  it('asks in Dutch first, then English, with the link, the days and the report quoted', () => {
    const { subject, text } = locationQuestionOf(facts);
    expect(subject).toBe('Re: Kapotte lantaarnpaal');
    expect(text.indexOf('Waar is het?')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Waar is het?')).toBeLessThan(text.indexOf('Where is it?'));
    expect(text.split(facts.link)).toHaveLength(3); // once in each language
    expect(text).toContain('binnen 7 dagen');
    expect(text).toContain('within 7 days');
    expect(text).toContain('  Hij brandt al een week niet.');
  });

  it('puts English first for a mail written in English, and answers a subject-less mail with its own subject', () => {
    const { subject, text } = locationQuestionOf({ ...facts, language: 'en', originalSubject: '' });
    expect(text.indexOf('Where is it?')).toBeLessThan(text.indexOf('Waar is het?'));
    expect(subject).toBe('Where is it? Give the place of your report / Waar is het? Geef de plek van uw melding door');
  });

  it('does not stack "Re:" and quotes at most 300 characters of a long report', () => {
    const { subject, text } = locationQuestionOf({ ...facts, originalSubject: 'Re: RE: Afval', description: 'x'.repeat(1000) });
    expect(subject).toBe('Re: Afval');
    expect(text).toContain(`${'x'.repeat(300)}…`);
    expect(text).not.toContain('x'.repeat(301));
  });
});
