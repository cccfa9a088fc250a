// Writes the local, development-only secrets the services need (the feedback service's sealing key pair,
// its at-rest data key and its link-signing secret, and the workbench's address-key secret) to an env file, once. Never used outside this machine.
//   node tools/runtime/generate-dev-secrets.js [.local/secrets/loket.env]
const fs = require('node:fs');
const path = require('node:path');
const { generateKeyPairSync, randomBytes } = require('node:crypto');

const target = path.resolve(process.argv[2] ?? path.join(__dirname, '../../.local/secrets/loket.env'));
if (fs.existsSync(target)) process.exit(0);

const { publicKey, privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 3072,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const b64 = (s) => Buffer.from(s).toString('base64');
const lines = [
  `LOKET_SEALING_KEY_ID=feedback-1`,
  `LOKET_SEALING_PUBLIC_KEY=${b64(publicKey)}`,
  `LOKET_SEALING_PRIVATE_KEYS=feedback-1:${b64(privateKey)}`,
  `LOKET_FEEDBACK_DATA_KEYS=data-1:${randomBytes(32).toString('base64')}`,
  `LOKET_FEEDBACK_LINK_SECRET=${randomBytes(32).toString('base64')}`,
  `LOKET_ADDRESS_KEY_SECRET=${randomBytes(32).toString('base64')}`,
];
fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
fs.writeFileSync(target, lines.join('\n') + '\n', { mode: 0o600 });
process.stderr.write(`wrote development secrets to ${target}\n`);
