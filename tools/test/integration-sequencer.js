// Splits the integration and end-to-end tests into shards of about equal duration (`jest --shard=i/n`), and runs
// each shard's longest files first. npm test runs two shards side by side, each against its own Kafka broker
// (tools/test/run-all.sh): most of these files wait (for events to travel, a browser, a service to restart) rather
// than compute, so two at a time use the two cores that one at a time leaves half idle.
//
// The weights are the files' durations in seconds, measured in one run of npm test (2026-12-07); a file not listed
// takes the usual duration of its kind. A stale or missing weight only makes the shards less even, never wrong.
const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');

const MEASURED_SECONDS = {
  'test/integration/fault-tolerance/nothing-lost.int-spec.ts': 167,
  'test/e2e/web/werkbank-journeys.e2e-spec.ts': 127,
  'test/e2e/web/resident-journey.e2e-spec.ts': 96,
  'test/e2e/web/resident-safeguards.e2e-spec.ts': 84,
  'test/e2e/web/beheer-journeys.e2e-spec.ts': 79,
  'test/integration/fault-tolerance/database-outage.int-spec.ts': 53,
  'test/integration/fuzz/fuzz.int-spec.ts': 52,
  'test/e2e/web/beheer-categories.e2e-spec.ts': 49,
  'test/e2e/web/public-map.e2e-spec.ts': 45,
  'test/e2e/forget-a-reporter.e2e-spec.ts': 43,
  'test/e2e/neighbourhood-digest.e2e-spec.ts': 36,
  'test/e2e/open311-and-desk.e2e-spec.ts': 33,
  'test/integration/messaging/kafka-access-control.int-spec.ts': 33,
  'test/e2e/chat-forward.e2e-spec.ts': 32,
  'test/e2e/report-photos.e2e-spec.ts': 28,
  'test/e2e/conversation-with-reporter.e2e-spec.ts': 28,
  'test/e2e/mail-to-the-loket.e2e-spec.ts': 25,
  'test/e2e/report-journey.e2e-spec.ts': 23,
  'test/e2e/access-matrix/access-matrix.e2e-spec.ts': 22,
  'test/e2e/referral.e2e-spec.ts': 20,
};

/** The expected duration of one test file, in seconds. */
function weightOf(testPath) {
  const relative = path.relative(ROOT, testPath).split(path.sep).join('/');
  if (MEASURED_SECONDS[relative] !== undefined) return MEASURED_SECONDS[relative];
  if (relative.startsWith('test/e2e/web/')) return 40;
  if (relative.endsWith('.e2e-spec.ts')) return 19;
  return 7;
}

/** Longest first; equal weights by path, so every shard sees the same order. */
function longestFirst(a, b) {
  return weightOf(b.path) - weightOf(a.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

class IntegrationSequencer extends Sequencer {
  /** Each file, longest first, goes to the shard with the least expected time so far. */
  shard(tests, { shardIndex, shardCount }) {
    const totals = new Array(shardCount).fill(0);
    const mine = [];
    for (const test of [...tests].sort(longestFirst)) {
      const lightest = totals.indexOf(Math.min(...totals));
      totals[lightest] += weightOf(test.path);
      if (lightest === shardIndex - 1) mine.push(test);
    }
    return mine;
  }

  sort(tests) {
    return [...tests].sort(longestFirst);
  }
}

module.exports = IntegrationSequencer;
