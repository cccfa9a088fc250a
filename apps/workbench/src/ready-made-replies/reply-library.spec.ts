import { repliesFor, validateReplyLibrary, type ReadyMadeReply } from './reply-library';

const reply = (id: string, main: string, sub: string | null): ReadyMadeReply => ({
  id,
  category: { main, sub },
  title: { nl: `Titel ${id}`, en: `Title ${id}` },
  text: { nl: `Tekst ${id}`, en: `Text ${id}` },
});

describe('the ready-made reply library', () => {
  it('accepts a valid library, trims the texts and gives a reply without an id a fresh one', () => {
    const result = validateReplyLibrary([
      { category: { main: 'afval' }, title: { nl: ' Opgehaald ', en: 'Collected' }, text: { nl: 'Het is opgehaald.', en: 'It was collected.' } },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.library?.replies[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      category: { main: 'afval', sub: null },
      title: { nl: 'Opgehaald', en: 'Collected' },
      text: { nl: 'Het is opgehaald.', en: 'It was collected.' },
    });
  });

  it('names every fault with its path', () => {
    const result = validateReplyLibrary([
      { id: 'a', category: { main: 'Afval!' }, title: { nl: 'x' }, text: { nl: 'y', en: 'z'.repeat(4001) } },
      { id: 'a', category: { main: 'afval', sub: 7 }, title: { nl: 'x', en: 'x' }, text: { nl: 'y', en: 'y' } },
    ]);
    expect(result.library).toBeNull();
    expect(result.issues).toEqual([
      { path: '0.category.main', message: expect.any(String) },
      { path: '0.title.en', message: 'must not be empty' },
      { path: '0.text.en', message: 'at most 4000 characters' },
      { path: '1.id', message: 'a is used twice' },
      { path: '1.category.sub', message: expect.any(String) },
    ]);
  });

  it('refuses something that is not a list', () => {
    expect(validateReplyLibrary({ replies: [] }).issues).toEqual([{ path: '', message: 'must be a list of replies' }]);
  });

  it('offers a case the replies of its sub category first, then those of its main category, never another', () => {
    const library = { replies: [reply('main-1', 'afval', null), reply('other', 'overlast', null), reply('sub', 'afval', 'grofvuil'), reply('sibling', 'afval', 'zwerfafval'), reply('main-2', 'afval', null)] };
    expect(repliesFor(library, { main: 'afval', sub: 'grofvuil' }).map((r) => r.id)).toEqual(['sub', 'main-1', 'main-2']);
    expect(repliesFor(library, { main: 'afval', sub: null }).map((r) => r.id)).toEqual(['main-1', 'main-2']);
    expect(repliesFor(library, { main: 'verkeer', sub: null })).toEqual([]);
  });
});
