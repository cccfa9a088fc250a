// The installed packages of a package-lock.json (v2/v3) that fall in a known advisory's vulnerable range.
// Plain data in, plain data out: deps-check.js does the reading and printing.
const semver = require('semver');

/** Every installed copy of every package: name, version and where it sits in node_modules. */
function installedPackages(lockfile) {
  return Object.entries(lockfile.packages ?? {})
    .filter(([path, entry]) => path.includes('node_modules/') && entry.version && !entry.link)
    .map(([path, entry]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version, path }));
}

function advisoriesInLockfile(lockfile, advisories) {
  const findings = [];
  for (const installed of installedPackages(lockfile)) {
    for (const advisory of advisories) {
      if (advisory.package !== installed.name) continue;
      if (semver.satisfies(installed.version, advisory.range, { includePrerelease: true })) findings.push({ ...advisory, installed: installed.version, path: installed.path });
    }
  }
  return findings;
}

module.exports = { advisoriesInLockfile, installedPackages };
