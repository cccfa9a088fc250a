#!/usr/bin/env node
'use strict';
// Readiness probe for the local Kafka node (used by deploy/local/kafka/kafka.sh).
//
// Ready means more than "the port is open": the broker answers metadata requests AND the
// group coordinator for a consumer group answers (this also makes the broker create
// __consumer_offsets, so the first real consumer group joins without waiting).
//
//   node wait-ready.js [--brokers 127.0.0.1:9092] [--timeout 8000]
// Exit 0 when ready within the timeout, 1 otherwise (reason on stderr).

const { Kafka, logLevel } = require('kafkajs');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const brokers = arg('brokers', process.env.LOKET_KAFKA_BROKERS || '127.0.0.1:9092').split(',');
const timeoutMs = Number(arg('timeout', '8000'));
const probeGroup = arg('group', 'loket-readiness-probe');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// With LOKET_KAFKA_SECURITY=sasl_plaintext the probe signs in as the broker's super user.
const sasl = (process.env.LOKET_KAFKA_SECURITY || 'plaintext').startsWith('sasl')
  ? { mechanism: 'scram-sha-512', username: process.env.LOKET_KAFKA_USERNAME, password: process.env.LOKET_KAFKA_PASSWORD }
  : undefined;

async function probeOnce() {
  const kafka = new Kafka({
    clientId: 'loket-readiness-probe',
    brokers,
    sasl,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 3000,
    retry: { retries: 3, initialRetryTime: 150, maxRetryTime: 1000 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    if (!cluster.brokers.length) throw new Error('no brokers in metadata');
    if (cluster.controller == null || cluster.controller < 0) throw new Error('no active controller');
    const { groups } = await admin.describeGroups([probeGroup]);
    const g = groups[0];
    if (!g || g.errorCode) throw new Error(`describeGroups error code ${g ? g.errorCode : 'none'}`);
    return `brokers=${cluster.brokers.length} controller=${cluster.controller} coordinator ok (group ${probeGroup}: ${g.state})`;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

(async () => {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      console.log(await probeOnce());
      process.exit(0);
    } catch (err) {
      last = err;
      await sleep(300);
    }
  }
  console.error(`kafka not ready: ${last ? last.message : 'timeout'}`);
  process.exit(1);
})();
