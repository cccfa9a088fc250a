import { KnownWords } from './known-words';

describe('KnownWords', () => {
  const known = KnownWords.of([
    { text: 'Er staat een bankstel bij de container in de Kerkstraat', category: 'afval', subcategory: 'grofvuil' },
    { text: 'Lantaarnpaal kapot, straat 12a is donker', category: 'openbare-ruimte', subcategory: 'straatverlichting' },
  ], 1);

  it('keeps only the words the examples contain, folded and in the order written', () => {
    expect(known.keep('Bij de CONTAINER staat een bánkstel van Jan de Vries')).toBe('bij de container staat een bankstel de');
  });

  it('drops names, addresses, numbers and e-mail addresses that only the reporter wrote', () => {
    const kept = known.keep('Pietje Puk, Dorpsweg 7 (06-12345678, pietje@example.org): de lantaarnpaal bij nr 12a is kapot');
    expect(kept).toBe('de lantaarnpaal bij is kapot');
    for (const personal of ['pietje', 'puk', 'dorpsweg', '06', '12345678', 'example', '12a']) expect(kept.split(' ')).not.toContain(personal);
  });

  it('gives an empty text when no word is known', () => {
    expect(known.keep('Hallo, wie ben jij?')).toBe('');
  });

  it('knows only the words that several examples contain', () => {
    const shared = KnownWords.of([
      { text: 'bankstel bij de container aan de Lindenlaan', category: 'afval', subcategory: 'grofvuil' },
      { text: 'matras bij de container', category: 'afval', subcategory: 'grofvuil' },
      { text: 'kast bij de container, 3e keer', category: 'afval', subcategory: 'grofvuil' },
    ]);
    expect(shared.keep('Weer een bankstel bij de container op de Lindenlaan')).toBe('bij de container de');
  });

  it('knows the repository examples\' words, but not their street names', () => {
    const repository = KnownWords.fromRepositoryExamples();
    expect(repository.size).toBeGreaterThan(1000);
    expect(repository.keep('De straatlantaarn is kapot')).toContain('kapot');
    expect(repository.keep('Pietje Puk, Dorpsweg 7: losse tegels in de Kerkstraat')).toBe('losse tegels in de');
  });
});
