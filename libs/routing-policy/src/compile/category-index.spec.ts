import { rule } from '../../testing/policy-builders';
import { CategoryIndex } from './category-index';
import { compileRule } from './compiled-rule';

const index = new CategoryIndex(
  [
    rule('0', { categories: ['afval', 'grofvuil'] }),
    rule('1', { areas: ['buurt-1'] }),
    rule('2', { categories: ['overlast'] }),
    rule('3', { categories: ['grofvuil'] }),
    rule('4', { categories: [] }),
  ].map(compileRule),
);

describe('CategoryIndex', () => {
  it('gives the rules naming the main or sub code and the uncategorised ones, once each, in policy order', () => {
    expect([...index.candidates({ main: 'afval', sub: 'grofvuil' })]).toEqual([0, 1, 3]);
  });

  it('gives only uncategorised rules for a report without category', () => {
    expect([...index.candidates(null)]).toEqual([1]);
  });

  it('never offers a rule with an empty category list', () => {
    expect([...index.candidates({ main: 'overlast' })]).toEqual([1, 2]);
  });

  it('reuses one cached list for the same pair and for codes no rule names', () => {
    expect(index.candidates({ main: 'afval', sub: 'grofvuil' })).toBe(
      index.candidates({ main: 'afval', sub: 'grofvuil' }),
    );
    expect(index.candidates({ main: 'onbekend', sub: 'x' })).toBe(index.candidates({ main: 'ook-onbekend' }));
  });
});
