import { createHmac } from 'node:crypto';

/**
 * A signed-in reporter's subject as feedback keeps it: HMAC-SHA256 under the service's LOKET_HASH_KEY. The same
 * subject always gives the same key (so "my reports" finds them); the table alone does not say who they are.
 */
export class SubjectKeys {
  constructor(private readonly secret: string) {}

  of(subject: string): string {
    return createHmac('sha256', this.secret).update(`reporter-subject:${subject}`).digest('hex');
  }
}
