// Integration and end-to-end tests share one broker. A service started by a test file passes over the events
// published before that file began (less a second) instead of working through every earlier test's events
// first: replaying those made each later test slower and dead-lettered other runs' sealed details.
process.env.LOKET_KAFKA_IGNORE_EVENTS_BEFORE = new Date(Date.now() - 1000).toISOString();
