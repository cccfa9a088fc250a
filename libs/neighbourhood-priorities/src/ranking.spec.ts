import { checkRanking, pointsFor } from './ranking';
import { respondentKey } from './respondent-key';

const THEMES = ['afval', 'overlast', 'veiligheid', 'groen'];

describe('checkRanking', () => {
  it('takes one to three distinct known themes, in the order given', () => {
    expect(checkRanking(['overlast'], THEMES)).toEqual({ ok: true, themes: ['overlast'] });
    expect(checkRanking(['veiligheid', 'afval', 'overlast'], THEMES)).toEqual({ ok: true, themes: ['veiligheid', 'afval', 'overlast'] });
  });

  it.each([
    [[], '1 to 3'],
    [['afval', 'overlast', 'veiligheid', 'groen'], '1 to 3'],
    [['afval', 'parkeren'], 'no theme parkeren'],
    [['afval', 'afval'], 'once'],
  ])('refuses %j, saying %s', (themes, message) => {
    const check = checkRanking(themes, THEMES);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain(message);
  });

  it('gives 3, 2, 1 points by place', () => {
    expect([0, 1, 2].map(pointsFor)).toEqual([3, 2, 1]);
  });
});

describe('respondentKey', () => {
  it('is the same for the same subject, differs by subject and by secret, and does not contain the subject', () => {
    const key = respondentKey('a-long-enough-secret', 'f3b1c2d4-subject');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(respondentKey('a-long-enough-secret', 'f3b1c2d4-subject')).toBe(key);
    expect(respondentKey('a-long-enough-secret', 'other-subject')).not.toBe(key);
    expect(respondentKey('another-long-secret', 'f3b1c2d4-subject')).not.toBe(key);
    expect(key).not.toContain('f3b1c2d4');
    expect(() => respondentKey('a-long-enough-secret', '')).toThrow();
  });
});
