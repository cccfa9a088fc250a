/** Writes the generated Kubernetes manifests (see generated-manifests.ts):  npm run kubernetes:generate */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generatedManifests } from './generated-manifests';

const root = resolve(__dirname, '../..');
for (const [path, text] of generatedManifests(root)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  console.log(`wrote ${path}`);
}
