const { advisoriesInLockfile } = require('./advisories-in-lockfile');

const lockfile = {
  packages: {
    '': { name: 'loket' },
    'node_modules/nodemailer': { version: '7.0.13' },
    'node_modules/mailparser/node_modules/nodemailer': { version: '10.6.1' },
    'node_modules/@scope/pkg': { version: '1.2.3' },
    'node_modules/linked': { link: true, resolved: 'libs/x' },
  },
};
const advisories = [
  { package: 'nodemailer', range: '<=9.0.0', id: 'GHSA-A', severity: 'high', title: 'a' },
  { package: 'nodemailer', range: '<7.0.11', id: 'GHSA-B', severity: 'moderate', title: 'b' },
  { package: '@scope/pkg', range: '>=1.0.0 <1.2.4', id: 'GHSA-C', severity: 'low', title: 'c' },
];

describe('advisoriesInLockfile', () => {
  it('finds every installed copy in a vulnerable range, nested ones and scoped packages too', () => {
    const found = advisoriesInLockfile(lockfile, advisories).map((f) => `${f.id} ${f.package}@${f.installed} ${f.path}`);
    expect(found).toEqual(['GHSA-A nodemailer@7.0.13 node_modules/nodemailer', 'GHSA-C @scope/pkg@1.2.3 node_modules/@scope/pkg']);
  });

  it('finds nothing in the fixed versions', () => {
    expect(advisoriesInLockfile({ packages: { 'node_modules/nodemailer': { version: '10.6.1' } } }, advisories)).toEqual([]);
  });
});

describe('the lockfile Loket ships', () => {
  it('holds no package in a known advisory’s range', () => {
    const known = require('./known-advisories.json');
    const shipped = require('../../package-lock.json');
    expect(advisoriesInLockfile(shipped, known.advisories)).toEqual([]);
  });
});
