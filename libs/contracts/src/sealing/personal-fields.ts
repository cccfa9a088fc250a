import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Crypto-shredding of what an event says about one reporter. The fields named here travel on the bus encrypted
 * with a key of their own subject (the report's id); destroying that key forgets every copy of them at once: in
 * the topics, their dead-letter topics and the broker's files, until retention, wherever they were copied to.
 *
 * A reader whose subject key is gone gets the field as `whenForgotten` says: replaced (the description by the
 * forgotten marker), removed (an optional address), or the whole event passed over (an event that has no
 * meaning without it, such as contact details).
 */
export interface PersonalData {
  /** Dotted path of the payload's subject id (a report id); not encrypted, so a reader can find the key. */
  readonly subject: string;
  readonly fields: readonly PersonalField[];
}

export interface PersonalField {
  /** Dotted path of the field in the payload, e.g. `report.description`. */
  readonly path: string;
  readonly whenForgotten: WhenForgotten;
}

export type WhenForgotten = { readonly replaceWith: string | null } | 'remove' | 'drop-event';

/** The key of a subject as the key vault gives it: its bytes, or `forgotten` once it has been destroyed. */
export type SubjectKey = Buffer | 'forgotten';

export const PERSONAL_BOX_ALGORITHM = 'A256GCM';
const KEY_BYTES = 32;

/** A sealed field as it travels: AES-256-GCM under the subject's key, bound to its event, path and subject. */
export interface PersonalBoxV1 {
  $sealed: typeof PERSONAL_BOX_ALGORITHM;
  iv: string;
  ciphertext: string;
  tag: string;
}

export function newSubjectKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** The subject id the payload names at `personal.subject`, or null when it names none. */
export function personalSubjectOf(personal: PersonalData, payload: unknown): string | null {
  const subject = valueAt(payload, personal.subject);
  return typeof subject === 'string' && subject.length > 0 ? subject : null;
}

/** Whether any personal field of the payload travels sealed (a plain one needs no key to be read). */
export function hasSealedFields(personal: PersonalData, payload: unknown): boolean {
  return personal.fields.some((field) => isPersonalBox(valueAt(payload, field.path)));
}

/**
 * A copy of `payload` with each personal field that is present sealed under the subject's key. A subject that is
 * already forgotten gets its fields sealed under a key that is thrown away at once: what is written can never be
 * read, and a reader treats it as forgotten.
 */
export function sealPersonalFields<P extends object>(personal: PersonalData, eventId: string, payload: P, key: SubjectKey): P {
  const subject = personalSubjectOf(personal, payload);
  if (subject === null) throw new Error(`the payload names no subject at "${personal.subject}"`);
  const sealingKey = key === 'forgotten' ? newSubjectKey() : key;
  const copy = structuredClone(payload);
  for (const field of personal.fields) {
    const value = valueAt(copy, field.path);
    if (value === undefined || value === null) continue;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', sealingKey, iv);
    cipher.setAAD(associatedData(eventId, field.path, subject));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    const box: PersonalBoxV1 = {
      $sealed: PERSONAL_BOX_ALGORITHM,
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
    setAt(copy, field.path, box);
  }
  return copy;
}

export type OpenedPayload = { dropped: false; payload: unknown } | { dropped: true };

/**
 * A copy of `payload` with its sealed personal fields opened, or (subject forgotten) replaced or removed as each
 * field says; `dropped` when a field says the event means nothing without it. Plain fields (an event from before
 * sealing, or a test's) stay as they are. Throws when a box was altered or moved to another event, field or
 * subject.
 */
export function openPersonalFields(personal: PersonalData, eventId: string, payload: unknown, key: SubjectKey): OpenedPayload {
  const subject = personalSubjectOf(personal, payload);
  if (subject === null) throw new Error(`the payload names no subject at "${personal.subject}"`);
  const copy = structuredClone(payload);
  for (const field of personal.fields) {
    const box = valueAt(copy, field.path);
    if (!isPersonalBox(box)) continue;
    if (key !== 'forgotten') {
      setAt(copy, field.path, openBox(box, key, associatedData(eventId, field.path, subject)));
      continue;
    }
    const rule = field.whenForgotten;
    if (rule === 'drop-event') return { dropped: true };
    if (rule === 'remove') removeAt(copy, field.path);
    else setAt(copy, field.path, rule.replaceWith);
  }
  return { dropped: false, payload: copy };
}

export function isPersonalBox(value: unknown): value is PersonalBoxV1 {
  return typeof value === 'object' && value !== null && (value as { $sealed?: unknown }).$sealed === PERSONAL_BOX_ALGORITHM;
}

function openBox(box: PersonalBoxV1, key: Buffer, aad: Buffer): unknown {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
  decipher.setAAD(aad);
  decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
  try {
    const plain = Buffer.concat([decipher.update(Buffer.from(box.ciphertext, 'base64')), decipher.final()]);
    return JSON.parse(plain.toString('utf8'));
  } catch {
    throw new Error('a sealed personal field does not open with its subject key: altered, or moved from another event or field');
  }
}

function associatedData(eventId: string, path: string, subject: string): Buffer {
  return Buffer.from(`${eventId}\n${path}\n${subject}`, 'utf8');
}

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function parentOf(root: unknown, path: string): { parent: Record<string, unknown> | null; last: string } {
  const parts = path.split('.');
  const last = parts.pop() as string;
  const parent = parts.length === 0 ? root : valueAt(root, parts.join('.'));
  return { parent: typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>) : null, last };
}

function setAt(root: unknown, path: string, value: unknown): void {
  const { parent, last } = parentOf(root, path);
  if (parent) parent[last] = value;
}

function removeAt(root: unknown, path: string): void {
  const { parent, last } = parentOf(root, path);
  if (parent) delete parent[last];
}
