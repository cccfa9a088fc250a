import type { KeyObject } from 'node:crypto';

/** The feedback service's public key (parsed once): intake can seal reporter details for it, and never open them. */
export abstract class SealingKey {
  kid!: string;
  publicKey!: KeyObject;
}
