import { Injectable } from '@nestjs/common';
import {
  EventDefinition,
  EventEnvelope,
  hasSealedFields,
  openPersonalFields,
  personalSubjectOf,
  sealPersonalFields,
} from '@loket/contracts';
import { SubjectKeyVault, VaultKey } from '@loket/persistence';
import { ConsumerBatch } from '../inbox/consumer-batch';

export type OpenResult = { ok: true; envelope: EventEnvelope<object> } | { ok: false; reason: string } | { ok: 'forgotten' };

/**
 * Seals an event's personal fields under their subject's key before the event is written to the outbox, and
 * opens them when it is read (crypto-shredding; see `personal-fields.ts` in `@loket/contracts`). Events that carry
 * nothing personal pass through untouched.
 */
@Injectable()
export class PersonalDataSealing {
  constructor(private readonly vault: SubjectKeyVault) {}

  async seal<P extends object>(definition: EventDefinition<P>, envelope: EventEnvelope<P>): Promise<EventEnvelope<P>> {
    const personal = definition.personalData;
    if (!personal) return envelope;
    const subject = personalSubjectOf(personal, envelope.payload);
    if (subject === null) throw new Error(`${definition.type} names no subject at "${personal.subject}" to seal its personal fields under`);
    const key = await this.vault.keyFor(subject);
    return { ...envelope, payload: sealPersonalFields(personal, envelope.id, envelope.payload, key) };
  }

  /**
   * The envelope with its personal fields opened; `forgotten` when the subject was forgotten and the event means
   * nothing without them; not ok when a box cannot be opened (altered, or its key never existed). Errors of the
   * vault itself (unreachable) are thrown, for the caller to try again.
   */
  async open(definition: EventDefinition<object>, envelope: EventEnvelope<object>): Promise<OpenResult> {
    const personal = definition.personalData;
    if (!personal || !hasSealedFields(personal, envelope.payload)) return { ok: true, envelope };
    const subject = personalSubjectOf(personal, envelope.payload);
    if (subject === null) return { ok: false, reason: `sealed personal fields without a subject at "${personal.subject}"` };
    const key = await this.keyToOpen(definition, subject);
    if (key === undefined) return { ok: false, reason: `no key for the sealed personal fields of subject ${subject}` };
    let opened;
    try {
      opened = openPersonalFields(personal, envelope.id, envelope.payload, key);
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
    return opened.dropped ? { ok: 'forgotten' } : { ok: true, envelope: { ...envelope, payload: opened.payload as object } };
  }

  /**
   * In a consumer batch, the keys of all its sealed events are asked in one query when the first is opened (its
   * messages are of one topic); otherwise, or for a subject that query did not know, the vault is asked alone.
   */
  private async keyToOpen(definition: EventDefinition<object>, subject: string): Promise<VaultKey | undefined> {
    const batch = ConsumerBatch.active();
    if (batch && batch.values.length > 1) {
      const keys = await batch.memo(`subject-keys:${definition.type}`, () => this.vault.keysOf(sealedSubjectsOf(definition, batch.values)));
      const key = keys.get(subject);
      if (key !== undefined) return key;
    }
    return this.vault.keyOf(subject);
  }
}

/** The subjects of the sealed events among raw message values (values that are not such events are passed over). */
function sealedSubjectsOf(definition: EventDefinition<object>, values: readonly (Buffer | null)[]): string[] {
  const personal = definition.personalData;
  if (!personal) return [];
  const subjects: string[] = [];
  for (const value of values) {
    let envelope: { type?: unknown; payload?: unknown };
    try {
      envelope = JSON.parse(value?.toString('utf8') ?? 'null') ?? {};
    } catch {
      continue;
    }
    if (envelope.type !== definition.type || !hasSealedFields(personal, envelope.payload)) continue;
    const subject = personalSubjectOf(personal, envelope.payload);
    if (subject !== null) subjects.push(subject);
  }
  return subjects;
}
