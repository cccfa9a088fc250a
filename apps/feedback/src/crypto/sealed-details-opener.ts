import type { KeyObject } from 'node:crypto';
import { describeErrors, openSealedBox, SealedBoxV1, SealedReporterDetails, validateSchema } from '@loket/contracts';
import { UnprocessableEventError } from '@loket/messaging';

/** The feedback service's private sealing keys, by key id. */
export abstract class SealingPrivateKeys {
  abstract readonly byKid: ReadonlyMap<string, KeyObject | string>;
}

/**
 * Opens the sealed reporter details of a `reporter.contact-submitted` event and validates what is inside.
 * Errors name fields, never values: the content is personal data.
 */
export function openReporterDetails(box: SealedBoxV1, keys: SealingPrivateKeys): SealedReporterDetails {
  let content: unknown;
  try {
    content = openSealedBox(box, keys.byKid);
  } catch (error) {
    const reason = (error as Error).message.startsWith('no private key') ? (error as Error).message : 'it does not open (altered or wrong key)';
    throw new UnprocessableEventError(`sealed reporter details: ${reason}`);
  }
  const result = validateSchema(SealedReporterDetails, content);
  if (!result.ok) throw new UnprocessableEventError(`sealed reporter details are not valid: ${describeErrors(result.errors)}`);
  return result.value;
}
