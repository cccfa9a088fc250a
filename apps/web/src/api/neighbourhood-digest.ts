import { request } from './http';

export interface DigestSubscription {
  areaId: string;
  email: string;
  language: 'nl' | 'en';
  since: string;
}

/** Feedback (apps/feedback): a signed-in resident's daily e-mail of public reports and outcomes in their neighbourhood. */
export const neighbourhoodDigest = {
  mine: () => request<DigestSubscription>('feedback', '/v1/my-digest'),
  subscribe: (subscription: Omit<DigestSubscription, 'since'>) => request<DigestSubscription>('feedback', '/v1/my-digest', { method: 'PUT', json: subscription }),
  unsubscribe: () => request<void>('feedback', '/v1/my-digest', { method: 'DELETE' }),
  unsubscribeByToken: (token: string) => request<void>('feedback', `/v1/neighbourhood-digests/unsubscribe/${encodeURIComponent(token)}`, { method: 'POST' }),
};
