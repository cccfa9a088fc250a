// Integration and end-to-end tests share one broker. A service started by a test file passes over the events
// published before that file began (less a second) instead of working through every earlier test's events
// first: replaying those made each later test slower and dead-lettered other runs' sealed details.
process.env.LOKET_KAFKA_IGNORE_EVENTS_BEFORE = new Date(Date.now() - 1000).toISOString();
// How the broker is reached (SASL/SCRAM with access control lists by default), written down once so that a service
// a test starts in its own process (configured from process.env) signs in as the test's own clients expect.
// The service's user is its own loket-<service> unless a test says otherwise; a test's own clients use the super
// user LOKET_KAFKA_ADMIN_USER (@loket/testing testKafka).
if (!process.env.LOKET_KAFKA_SECURITY) {
  process.env.LOKET_KAFKA_SECURITY = require('../../libs/testing/src/test-environment').testKafkaSecurity();
}
// The key vault of a service a test starts in its own process, unless the test names one: a database of the tests
// (reused from run to run), never the demo's loket_keys on the same server.
if (!process.env.LOKET_KEYS_DB_NAME) process.env.LOKET_KEYS_DB_NAME = 'loket_test_keys';
