import { request } from './http';

export type FeedbackStage = 'received' | 'picked-up' | 'referred' | 'waiting' | 'resolved' | 'closed' | 'reopened' | 'note-for-reporter';

export interface Tracking {
  reportId: string;
  stage: FeedbackStage;
  disclosureLevel: number;
  timeline: { stage: FeedbackStage; at: string }[];
  messages: { id: string; stage: FeedbackStage; subject: string; body: string; at: string; channel: 'email' | 'page'; delivery: string }[];
  /** Questions from the professional handling the case: open ones to answer, and the reporter's answered ones. */
  questions?: QuestionForReporter[];
}

export interface QuestionForReporter {
  questionId: string;
  text: string;
  askedAt: string;
  answerBy: string;
  answeredAt: string | null;
}

export interface Satisfaction {
  satisfied: boolean;
  remark?: string;
  reopen?: boolean;
}

export interface SatisfactionRecorded {
  reportId: string;
  satisfied: boolean;
  reopenRequested: boolean;
  recordedAt: string;
}

export type LinkPurpose = 'manage' | 'export' | 'erase';

export interface Preferences {
  /** What the link is for: manage (every e-mail), or export / erase (short-lived, e-mailed on request). */
  purpose: LinkPurpose;
  validUntil: string;
  reportId: string;
  language: 'nl' | 'en';
  contactConsent: boolean;
  professionalContactConsent: boolean;
  emailOnFile: boolean;
}

export interface LinkSent {
  purpose: LinkPurpose;
  sentByEmail: boolean;
  validUntil: string | null;
}

const code = (trackingCode: string) => encodeURIComponent(trackingCode.trim().toUpperCase());
const link = (token: string) => `/v1/reporter-links/${encodeURIComponent(token)}`;

/** Feedback (apps/feedback): what a reporter hears back, by tracking code or by the signed link from an e-mail. */
export const feedback = {
  tracking: (trackingCode: string) => request<Tracking>('feedback', `/v1/tracking/${code(trackingCode)}`),
  satisfactionByCode: (trackingCode: string, answer: Satisfaction) =>
    request<SatisfactionRecorded>('feedback', `/v1/tracking/${code(trackingCode)}/satisfaction`, { method: 'POST', json: answer }),
  answerByCode: (trackingCode: string, questionId: string, text: string) =>
    request<{ answeredAt: string }>('feedback', `/v1/tracking/${code(trackingCode)}/questions/${encodeURIComponent(questionId)}/answer`, { method: 'POST', json: { text } }),
  questionsByLink: (token: string) => request<QuestionForReporter[]>('feedback', `${link(token)}/questions`),
  answerByLink: (token: string, questionId: string, text: string) =>
    request<{ answeredAt: string }>('feedback', `${link(token)}/questions/${encodeURIComponent(questionId)}/answer`, { method: 'POST', json: { text } }),
  preferences: (token: string) => request<Preferences>('feedback', link(token)),
  changePreferences: (token: string, change: Partial<Pick<Preferences, 'language' | 'contactConsent' | 'professionalContactConsent'>>) =>
    request<Preferences>('feedback', `${link(token)}/preferences`, { method: 'PATCH', json: change }),
  withdraw: (token: string) => request<Preferences>('feedback', `${link(token)}/withdrawal`, { method: 'POST' }),
  requestDataLink: (token: string, purpose: 'export' | 'erase') =>
    request<LinkSent>('feedback', `${link(token)}/data-link-requests`, { method: 'POST', json: { purpose } }),
  revokeAllLinks: (token: string) => request<LinkSent & { revokedAt: string }>('feedback', `${link(token)}/revocation`, { method: 'POST' }),
  exportData: (token: string) => request<Record<string, unknown>>('feedback', `${link(token)}/export`),
  erase: (token: string) => request<Record<string, unknown>>('feedback', `${link(token)}/erasure`, { method: 'POST' }),
  satisfactionByLink: (token: string, answer: Satisfaction) =>
    request<SatisfactionRecorded>('feedback', `${link(token)}/satisfaction`, { method: 'POST', json: answer }),
};
