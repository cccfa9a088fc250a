import { hasAnyRole, principalFromClaims } from './principal';

describe('principalFromClaims', () => {
  it('reads roles, organisation and teams from Keycloak claims', () => {
    const principal = principalFromClaims({
      sub: 'u-1',
      preferred_username: 'gemeente.stadsbeheer',
      realm_access: { roles: ['professional', 'offline_access', 'default-roles-loket'] },
      organisation: 'municipality',
      teams: ['stadsbeheer'],
    });
    expect(principal).toEqual({
      subject: 'u-1',
      username: 'gemeente.stadsbeheer',
      roles: ['professional'],
      organisation: 'municipality',
      teams: ['stadsbeheer'],
    });
  });

  it('gives a resident without organisation claims no organisation and no teams', () => {
    const principal = principalFromClaims({ sub: 'u-2', realm_access: { roles: ['resident'] } });
    expect(principal.organisation).toBeNull();
    expect(principal.teams).toEqual([]);
    expect(hasAnyRole(principal, ['professional', 'coordinator'])).toBe(false);
    expect(hasAnyRole(principal, ['resident'])).toBe(true);
  });

  it('accepts a single team given as a string', () => {
    expect(principalFromClaims({ sub: 'u', teams: 'wijkteam' }).teams).toEqual(['wijkteam']);
  });
});
