import { DEFAULT_LINKING_RULES } from '../rules/default-linking-rules';
import { matchCategories } from './category-match';

const rules = DEFAULT_LINKING_RULES;

describe('matchCategories', () => {
  it.each([
    [
      { main: 'afval', sub: 'grofvuil' },
      { main: 'afval', sub: 'grofvuil' },
      'same-sub',
      'same subcategory grofvuil',
    ],
    [
      { main: 'afval', sub: 'zwerfafval' },
      { main: 'afval', sub: 'grofvuil' },
      'same-main',
      'same category afval (zwerfafval vs grofvuil)',
    ],
    [{ main: 'afval' }, { main: 'afval', sub: 'grofvuil' }, 'same-main', 'same category afval'],
    [
      { main: 'overlast', sub: 'drugsoverlast' },
      { main: 'ondermijning', sub: 'drugslab' },
      'related',
      'related categories overlast/drugsoverlast ~ ondermijning',
    ],
    [
      { main: 'ondermijning', sub: 'uitbuiting' },
      { main: 'overlast', sub: 'drugsoverlast' },
      'related',
      'related categories overlast/drugsoverlast ~ ondermijning',
    ],
    [
      { main: 'overlast', sub: 'geluid' },
      { main: 'ondermijning', sub: 'drugslab' },
      'other',
      'different category (overlast/geluid vs ondermijning/drugslab)',
    ],
    [
      { main: 'overig', sub: 'overig' },
      { main: 'afval', sub: 'grofvuil' },
      'unknown',
      'catch-all category overig (overig/overig vs afval/grofvuil)',
    ],
    [null, { main: 'afval', sub: 'grofvuil' }, 'unknown', 'report has no category (case: afval/grofvuil)'],
  ] as const)('%j vs %j → %s', (report, kase, level, description) => {
    expect(matchCategories(report, kase, rules)).toEqual({ level, description });
  });

  it('uses a configured relation list', () => {
    const custom = { ...rules, related: [['afval/grofvuil', 'wonen/portiek']] as const };
    expect(
      matchCategories({ main: 'wonen', sub: 'portiek' }, { main: 'afval', sub: 'grofvuil' }, custom).level,
    ).toBe('related');
    expect(
      matchCategories({ main: 'wonen', sub: 'leegstand' }, { main: 'afval', sub: 'grofvuil' }, custom).level,
    ).toBe('other');
  });
});
