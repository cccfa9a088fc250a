import { policy, rule } from '../../testing/policy-builders';
import { retirePolicy } from './retire-policy';

const draft = { ...policy([rule('afval', { categories: ['afval'] })]), version: 4 };

describe('retirePolicy', () => {
  it('retires a draft, without changing the input', () => {
    expect(retirePolicy(draft)).toEqual({ ok: true, retired: { ...draft, status: 'retired' } });
    expect(draft.status).toBe('draft');
  });

  it('refuses the version in force, saying how it is retired instead', () => {
    expect(retirePolicy({ ...draft, status: 'published' })).toEqual({
      ok: false,
      code: 'in-force',
      message: 'policy test v4 is the version in force; publish another version to retire it',
    });
  });

  it('refuses a version retired already', () => {
    expect(retirePolicy({ ...draft, status: 'retired' })).toMatchObject({ ok: false, code: 'already-retired' });
  });
});
