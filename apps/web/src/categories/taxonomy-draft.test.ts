import { describe, expect, it } from 'vitest';
import {
  addSubcategory, draftBody, errorsAt, fieldId, mainOf, newQuestion, ownerPath, questionsOf, removeSubcategory, withKind, withQuestions,
  type Question, type TaxonomyDocument,
} from './taxonomy-draft';

const question = (id: string, kind: Question['kind'] = 'text'): Question => ({ id, kind, label: { nl: id, en: id }, required: false });
const doc = (): TaxonomyDocument => ({
  organisations: [{ code: 'municipality', name: 'Gemeente', teams: ['stadsbeheer'] }],
  categories: [
    { code: 'afval', name: { nl: 'Afval', en: 'Waste' }, sensitivity: 1, organisation: 'municipality', questions: [question('vraag-1')], sub: [{ code: 'grofvuil', nl: 'Grofvuil', en: 'Bulky', questions: [question('vraag-2')] }] },
    { code: 'overig', name: { nl: 'Overig', en: 'Other' }, sensitivity: 2, organisation: 'municipality', sub: [] },
  ],
});

describe('editing a taxonomy draft', () => {
  it('names fields as the API does, and finds the main category an error is about', () => {
    expect(ownerPath({ main: 0 })).toBe('categories.0');
    expect(ownerPath({ main: 0, sub: 1 })).toBe('categories.0.sub.1');
    expect(mainOf('categories.3.sub.0.questions.1.options')).toBe(3);
    expect(mainOf('categories')).toBeNull();
    expect(fieldId('categories.0.sub.1.nl')).toBe('tx-categories-0-sub-1-nl');
    const errors = [{ field: 'categories.0.name.en', messages: ['has no English name'] }, { field: 'categories.0.name.en', messages: ['again'] }];
    expect(errorsAt(errors, 'categories.0.name.en')).toEqual(['has no English name', 'again']);
    expect(errorsAt(errors, 'categories.0.name')).toEqual([]);
  });

  it('adds a question with an id not yet asked in the category, to a subcategory or a main category', () => {
    const original = doc();
    const added = newQuestion(original, { main: 0, sub: 0 });
    expect(added).toEqual({ id: 'vraag-3', kind: 'text', label: { nl: '', en: '' }, required: false });
    const next = withQuestions(original, { main: 0, sub: 0 }, (qs) => [...qs, added]);
    expect(questionsOf(next, { main: 0, sub: 0 }).map((q) => q.id)).toEqual(['vraag-2', 'vraag-3']);
    expect(questionsOf(original, { main: 0, sub: 0 })).toHaveLength(1);
    expect(newQuestion(original, { main: 1 }).id).toBe('vraag-1');
  });

  it('leaves an emptied question list out of the document', () => {
    const next = withQuestions(doc(), { main: 0 }, () => []);
    expect(next.categories[0]).not.toHaveProperty('questions');
  });

  it('gives a question that becomes a choice two options to fill in, and drops them when it stops being one', () => {
    const choice = withKind({ ...question('q'), maxLength: 20 }, 'choice');
    expect(choice).toEqual({ id: 'q', kind: 'choice', label: { nl: 'q', en: 'q' }, required: false, options: [{ value: '', label: { nl: '', en: '' } }, { value: '', label: { nl: '', en: '' } }] });
    expect(withKind(choice, 'yes-no')).not.toHaveProperty('options');
    expect(withKind({ ...question('n', 'number'), min: 1, max: 5, urgentIf: { equals: 5, message: { nl: 'x', en: 'x' } } }, 'number')).toMatchObject({ min: 1, max: 5, urgentIf: { equals: 5 } });
    expect(withKind({ ...question('n', 'number'), urgentIf: { equals: 5, message: { nl: 'x', en: 'x' } } }, 'text')).not.toHaveProperty('urgentIf');
  });

  it('adds and removes subcategories, and sends the document with the revision it was edited from', () => {
    const added = addSubcategory(doc(), 1);
    expect(added.categories[1]?.sub).toEqual([{ code: '', nl: '', en: '' }]);
    expect(removeSubcategory(added, 0, 0).categories[0]?.sub).toEqual([]);
    expect(Object.keys(draftBody(added, 4))).toEqual(['revision', 'categories', 'organisations']);
  });
});
