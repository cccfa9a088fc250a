import { ApiProblem } from '../api/http';

/**
 * Why intake refused a report, as keys of the `report` namespace: each problem type (and each field of a 400)
 * becomes a translated sentence, so the page never shows a service's own (English) wording. `field` is the
 * element id on the form the sentence is about, when there is one.
 */
export interface Refusal {
  key: string;
  field?: string;
}

const BY_TYPE: Record<string, Refusal> = {
  'photo-too-large': { key: 'refused.photoTooLarge', field: 'photos' },
  'not-an-image': { key: 'refused.notAnImage', field: 'photos' },
  'case-not-followable': { key: 'refused.notFollowable' },
  'too-many-receipts': { key: 'refused.tooManyReceipts', field: 'email' },
  'follow-check-unavailable': { key: 'refused.followUnavailable' },
  'photo-store-unavailable': { key: 'refused.photosUnavailable', field: 'photos' },
  'malformed-json': { key: 'refused.invalid' },
  'payload-too-large': { key: 'refused.invalid' },
  'chat-no-messages': { key: 'chat.problems.no-messages', field: 'chat-export' },
  'chat-text-before-messages': { key: 'chat.problems.text-before-messages', field: 'chat-export' },
  'chat-in-the-future': { key: 'chat.problems.in-the-future', field: 'chat-export' },
  'chat-too-long': { key: 'chat.problems.too-long', field: 'chat-export' },
};

/** A field intake names in a 400, as the sentence and the form element it is about. */
function refusalOfField(field: string): Refusal {
  const [head = '', ...path] = field.split('.');
  const rest = path.join('.');
  switch (head) {
    case 'description':
      return { key: 'refused.field.description', field: 'description' };
    case 'chatExport':
      return { key: 'refused.field.chatExport', field: 'chat-export' };
    case 'location':
      return { key: 'refused.field.location', field: 'where-heading' };
    case 'contact':
      if (rest === 'email') return { key: 'refused.field.email', field: 'email' };
      if (rest === 'phone') return { key: 'refused.field.phone', field: 'phone' };
      return { key: 'refused.field.contact', field: 'contact-heading' };
    case 'photos':
      return { key: 'refused.field.photos', field: 'photos' };
    case 'answers':
      return { key: 'refused.field.answers', field: 'description' };
    case 'category':
    case 'subcategory':
      return { key: 'refused.field.category', field: 'description' };
    default:
      return { key: 'refused.invalid' };
  }
}

export function refusalsOf(error: unknown): Refusal[] {
  if (!(error instanceof ApiProblem) || error.status === 0) return [{ key: 'refused.network' }];
  const byType = error.type ? BY_TYPE[error.type] : undefined;
  if (byType) return [byType];
  if (error.status === 429) return [{ key: 'refused.tooManyReports' }];
  if (error.status >= 500) return [{ key: 'refused.server' }];
  if (error.status === 413) return [{ key: 'refused.photoTooLarge', field: 'photos' }];
  if (error.status === 415) return [{ key: 'refused.notAnImage', field: 'photos' }];
  if (error.status === 400 || error.status === 422) {
    const refusals = error.errors.map((e) => refusalOfField(e.field));
    const unique = refusals.filter((r, i) => refusals.findIndex((o) => o.key === r.key) === i);
    return unique.length > 0 ? unique : [{ key: 'refused.invalid' }];
  }
  return [{ key: 'refused.unknown' }];
}
