export { expectEventually } from './expect-eventually';
export type { ProbedMessage } from './kafka-probe';
export { KafkaProbe } from './kafka-probe';
export { tokenFor } from './keycloak-tokens';
export type { SunkMail } from './mail-sink-client';
export { mailsTo } from './mail-sink-client';
export { scratchDatabase } from './scratch-database';
export { testEnvironment } from './test-environment';
