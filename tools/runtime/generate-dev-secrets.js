// Writes the local, development-only secrets the services need (the feedback service's sealing key pair,
// its at-rest data key and its link-signing secret, the workbench's address-key secret and audit-signing key, and the photo-link
// secret intake and the workbench share) to an env file, once. A file from before a secret existed gets just
// the missing ones added; nothing there is changed. Never used outside this machine.
//   node tools/runtime/generate-dev-secrets.js [.local/secrets/loket.env]
const fs = require('node:fs');
const path = require('node:path');
const { generateKeyPairSync, randomBytes } = require('node:crypto');

const target = path.resolve(process.argv[2] ?? path.join(__dirname, '../../.local/secrets/loket.env'));
const random = () => randomBytes(32).toString('base64');
const b64 = (s) => Buffer.from(s).toString('base64');

/** Each secret by name, made only when it is missing. */
const secrets = [
  ['LOKET_SEALING_KEY_ID', () => 'feedback-1'],
  ['LOKET_SEALING_PUBLIC_KEY', null], // made with its private key, below
  ['LOKET_SEALING_PRIVATE_KEYS', null],
  ['LOKET_FEEDBACK_DATA_KEYS', () => `data-1:${random()}`],
  ['LOKET_FEEDBACK_LINK_SECRET', random],
  ['LOKET_ADDRESS_KEY_SECRET', random],
  ['LOKET_PHOTO_LINK_SECRET', random],
  ['LOKET_HASH_KEY', random],
  ['LOKET_AUDIT_SIGNING_KEYS', () => `audit-1:${b64(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }))}`],
];

const existing = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
const present = new Set(existing.split('\n').map((line) => line.split('=')[0]));
const lines = [];
if (!present.has('LOKET_SEALING_PUBLIC_KEY')) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 3072,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  lines.push(`LOKET_SEALING_PUBLIC_KEY=${b64(publicKey)}`, `LOKET_SEALING_PRIVATE_KEYS=feedback-1:${b64(privateKey)}`);
}
for (const [name, make] of secrets) if (make && !present.has(name)) lines.push(`${name}=${make()}`);
if (lines.length === 0) process.exit(0);

fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
const prefix = existing && !existing.endsWith('\n') ? '\n' : '';
fs.appendFileSync(target, prefix + lines.join('\n') + '\n', { mode: 0o600 });
process.stderr.write(`${existing ? 'added' : 'wrote'} development secrets (${lines.map((l) => l.split('=')[0]).join(', ')}) to ${target}\n`);
