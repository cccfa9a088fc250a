import { SEED_TAXONOMY } from './seed-taxonomy';
import { QUESTION_KINDS, type CategoryQuestion } from './taxonomy.types';

/** The shipped taxonomy's questions are well formed, so a form can render every one of them. */
describe('the seed taxonomy’s questions', () => {
  const all: [string, CategoryQuestion[]][] = SEED_TAXONOMY.categories.flatMap((c) => [
    [c.code, c.questions ?? []] as [string, CategoryQuestion[]],
    ...c.sub.map((s) => [`${c.code}/${s.code}`, s.questions ?? []] as [string, CategoryQuestion[]]),
  ]);

  it.each(all)('%s: unique ids, a known kind, labels in Dutch and English, options for choices, a fitting urgentIf', (_, questions) => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const q of questions) {
      expect(q.id).toMatch(/^[a-z0-9-]{1,64}$/);
      expect(QUESTION_KINDS).toContain(q.kind);
      expect(q.label.nl.length * q.label.en.length).toBeGreaterThan(0);
      expect(typeof q.required).toBe('boolean');
      if (q.kind === 'choice') expect(q.options?.length).toBeGreaterThan(1);
      if (q.urgentIf) {
        expect(typeof q.urgentIf.equals).toBe(q.kind === 'yes-no' ? 'boolean' : q.kind === 'number' ? 'number' : 'string');
        expect(q.urgentIf.message.nl && q.urgentIf.message.en).toBeTruthy();
      }
    }
  });

  it('asks safety and care reports whether someone is in danger, and tells them to call 112', () => {
    for (const code of ['veiligheid', 'zorg']) {
      const question = SEED_TAXONOMY.categories.find((c) => c.code === code)!.questions!.find((q) => q.id === 'someone-in-danger');
      expect(question).toMatchObject({ kind: 'yes-no', required: true, urgentIf: { equals: true } });
      expect(question!.urgentIf!.message.en).toContain('112');
    }
  });
});
