import { createHmac } from 'node:crypto';

/**
 * The key under which a person's answer is stored: a keyed hash (HMAC-SHA256) of their token subject. It lets
 * the same person find and change their answer, while the stored answer names nobody: without the secret the
 * key cannot be traced back to an account, and no name or e-mail address is kept.
 */
export function respondentKey(secret: string, subject: string): string {
  if (!subject) throw new Error('respondentKey: a subject is needed');
  return createHmac('sha256', secret).update(`neighbourhood-priorities:${subject}`).digest('hex');
}
