import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface FieldKey {
  kid: string;
  /** 32 bytes: AES-256. */
  key: Buffer;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Authenticated encryption of one database field (AES-256-GCM). The stored text names its key,
 * `v1:<kid>:<iv>:<tag>:<ciphertext>`, so keys can rotate: the first key writes, every key still reads.
 * The caller's `context` (e.g. `reporter:<id>:contact`) is bound in as associated data, so a value copied
 * into another row or field no longer opens.
 */
export class FieldCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;
  private readonly active: FieldKey;

  constructor(keys: readonly FieldKey[]) {
    const [active] = keys;
    if (!active) throw new Error('FieldCipher needs at least one key');
    for (const { kid, key } of keys) {
      if (key.length !== 32) throw new Error(`data key "${kid}" must be 32 bytes`);
      if (!/^[A-Za-z0-9_.-]{1,64}$/.test(kid)) throw new Error(`data key id "${kid}" is not valid`);
    }
    this.active = active;
    this.keys = new Map(keys.map(({ kid, key }) => [kid, key]));
  }

  /** The key id that new values are written with. */
  get activeKeyId(): string {
    return this.active.kid;
  }

  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.active.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(this.active.kid, context));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.active.kid, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(':');
  }

  /** Throws when the key is unknown, the value was altered or it belongs to another context. */
  decrypt(stored: string, context: string): string {
    const parts = stored.split(':');
    if (parts.length !== 5 || parts[0] !== VERSION) throw new Error('not an encrypted field value');
    const [, kid, iv, tag, ciphertext] = parts as [string, string, string, string, string];
    const key = this.keys.get(kid);
    if (!key) throw new Error(`no data key "${kid}" to decrypt with`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'), { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(kid, context));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('encrypted field value failed authentication');
    }
  }

  /** The key id a stored value was written with (to find values still under a retired key). */
  static keyIdOf(stored: string): string | null {
    const parts = stored.split(':');
    return parts.length === 5 && parts[0] === VERSION ? (parts[1] ?? null) : null;
  }

  /** True when the value is not under the active key and should be re-encrypted. */
  needsRotation(stored: string): boolean {
    return FieldCipher.keyIdOf(stored) !== this.active.kid;
  }
}

function associatedData(kid: string, context: string): Buffer {
  return Buffer.from(`${VERSION}:${kid}:${context}`, 'utf8');
}
