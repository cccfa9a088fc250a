import { SEED_TAXONOMY } from '../seed-taxonomy';
import { questionsFor } from './questions-for';
import { validateAnswers } from './validate-answers';

const questionsOf = (main: string, sub?: string) => questionsFor(SEED_TAXONOMY, { main, ...(sub ? { sub } : {}) }).questions;

describe('validateAnswers', () => {
  it('records valid answers in the questions’ order, with the question asked and the chosen option', () => {
    const result = validateAnswers(questionsOf('afval', 'grofvuil'), { size: 'large' }, 'afval/grofvuil');
    expect(result).toEqual({
      ok: true,
      answers: [{
        questionId: 'size', kind: 'choice', label: { nl: 'Hoe groot is het?', en: 'How big is it?' }, value: 'large',
        valueLabel: { nl: 'Er is een busje of vrachtwagen voor nodig', en: 'Needs a van or a lorry' },
      }],
    });
  });

  it('marks an answer that means an emergency as urgent', () => {
    const result = validateAnswers(questionsOf('zorg', 'verward-gedrag'), { 'someone-in-danger': true }, 'zorg');
    expect(result).toMatchObject({ ok: true, answers: [{ questionId: 'someone-in-danger', value: true, urgent: true }] });
    const calm = validateAnswers(questionsOf('zorg'), { 'someone-in-danger': false }, 'zorg');
    expect(calm.ok && calm.answers[0]).not.toHaveProperty('urgent');
  });

  it('trims texts and treats an empty optional text as not answered', () => {
    expect(validateAnswers(questionsOf('openbare-ruimte', 'straatverlichting'), { 'lamp-number': '  A-1234 ' }, 'x')).toMatchObject({
      ok: true, answers: [{ questionId: 'lamp-number', value: 'A-1234' }],
    });
    expect(validateAnswers(questionsOf('openbare-ruimte', 'straatverlichting'), { 'lamp-number': '   ' }, 'x')).toEqual({ ok: true, answers: [] });
  });

  it('names every fault: unknown question, wrong type, missing required, too long, out of range', () => {
    const result = validateAnswers(
      questionsOf('veiligheid', 'inbraak'),
      { 'someone-in-danger': 'ja', colour: 'red' },
      'veiligheid/inbraak',
    );
    expect(result.ok).toBe(false);
    const faults = result.ok ? [] : result.faults;
    expect(faults.map((f) => f.field).sort()).toEqual(['answers.colour', 'answers.happening-now', 'answers.someone-in-danger']);
    expect(faults.find((f) => f.field === 'answers.colour')!.messages[0]).toMatch(/not a question of veiligheid\/inbraak/);
    expect(faults.find((f) => f.field === 'answers.happening-now')!.messages[0]).toMatch(/required/);
    expect(faults.find((f) => f.field === 'answers.someone-in-danger')!.messages[0]).toMatch(/true \(yes\) or false \(no\)/);

    const tooLong = validateAnswers(questionsOf('openbare-ruimte', 'straatverlichting'), { 'lamp-number': 'x'.repeat(21) }, 'x');
    expect(tooLong).toEqual({ ok: false, faults: [{ field: 'answers.lamp-number', messages: ['lamp-number must be at most 20 characters'] }] });

    const numbers = questionsOf('overlast', 'jongeren');
    expect(validateAnswers(numbers, { 'happening-now': true, 'group-size': 2.5 }, 'x')).toMatchObject({ ok: false, faults: [{ field: 'answers.group-size' }] });
    expect(validateAnswers(numbers, { 'happening-now': true, 'group-size': 0 }, 'x')).toMatchObject({ ok: false, faults: [{ field: 'answers.group-size' }] });
    expect(validateAnswers(numbers, { 'happening-now': true, 'group-size': '12' }, 'x')).toMatchObject({ ok: false, faults: [{ field: 'answers.group-size' }] });
    expect(validateAnswers(numbers, { 'happening-now': true, 'group-size': 12 }, 'x')).toMatchObject({ ok: true });

    expect(validateAnswers(questionsOf('afval', 'grofvuil'), { size: 'enormous' }, 'x')).toEqual({
      ok: false, faults: [{ field: 'answers.size', messages: ['size must be one of: small, medium, large'] }],
    });
  });

  it('refuses answers that are not an object, and answers for a category without questions', () => {
    expect(validateAnswers(questionsOf('afval'), ['yes'], 'afval')).toMatchObject({ ok: false, faults: [{ field: 'answers' }] });
    expect(validateAnswers([], { anything: true }, 'overig')).toMatchObject({ ok: false, faults: [{ field: 'answers.anything' }] });
  });

  it('asks nothing of a client that sends no answers at all (the API before questions existed)', () => {
    expect(validateAnswers(questionsOf('zorg'), undefined, 'zorg')).toEqual({ ok: true, answers: [] });
    expect(validateAnswers(questionsOf('zorg'), {}, 'zorg')).toMatchObject({ ok: false, faults: [{ field: 'answers.someone-in-danger' }] });
  });
});

describe('questionsFor', () => {
  it('gives the main category’s questions, then the subcategory’s, resolving a subcategory code given alone', () => {
    expect(questionsOf('veiligheid', 'inbraak').map((q) => q.id)).toEqual(['someone-in-danger', 'happening-now']);
    expect(questionsFor(SEED_TAXONOMY, { main: 'straatverlichting' })).toMatchObject({
      category: { main: 'openbare-ruimte', sub: 'straatverlichting' },
      questions: [{ id: 'lamp-number' }],
    });
    expect(questionsFor(SEED_TAXONOMY, { main: 'no-such-category' })).toEqual({ category: null, questions: [] });
    expect(questionsFor(SEED_TAXONOMY, null)).toEqual({ category: null, questions: [] });
  });
});
