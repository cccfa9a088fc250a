#!/usr/bin/env node
// `npm run deps:check`: known security advisories of the installed dependencies. Asks the registry first
// (npm audit); where its audit endpoint cannot be reached, says so and checks package-lock.json against the
// advisories in tools/deps/known-advisories.json instead. Exits 1 when any installed version is affected.
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { advisoriesInLockfile, installedPackages } = require('./advisories-in-lockfile');

const root = join(__dirname, '../..');

function registryAudit() {
  const run = spawnSync('npm', ['audit', '--json', '--omit=dev'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  try {
    const report = JSON.parse(run.stdout);
    if (report.error || report.message) return { available: false, why: report.message ?? report.error?.summary ?? 'unknown error' };
    return { available: true, report };
  } catch {
    return { available: false, why: (run.stderr || 'no answer').split('\n').find((line) => line.trim()) ?? 'no answer' };
  }
}

const audit = process.argv.includes('--offline') ? { available: false, why: 'skipped (--offline)' } : registryAudit();
if (audit.available) {
  const counts = audit.report.metadata?.vulnerabilities ?? {};
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`registry audit: ${total} known vulnerabilities in production dependencies ${JSON.stringify(counts)}`);
  if (total > 0) {
    for (const [name, v] of Object.entries(audit.report.vulnerabilities ?? {})) console.log(`  ${v.severity.padEnd(8)} ${name} ${v.range}`);
  }
}
if (!audit.available) console.log(`registry audit endpoint unavailable (${audit.why}); checking package-lock.json against tools/deps/known-advisories.json instead`);

const known = JSON.parse(readFileSync(join(__dirname, 'known-advisories.json'), 'utf8'));
const lockfile = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const findings = advisoriesInLockfile(lockfile, known.advisories);
console.log(`known advisories (list of ${known.checked}): ${known.advisories.length} checked against ${installedPackages(lockfile).length} installed packages, ${findings.length} affected`);
for (const f of findings) console.log(`  ${f.severity.padEnd(8)} ${f.package}@${f.installed} (${f.path}) ${f.id}: ${f.title}`);

const registryFindings = audit.available ? Object.keys(audit.report.vulnerabilities ?? {}).length : 0;
process.exit(findings.length + registryFindings > 0 ? 1 : 0);
