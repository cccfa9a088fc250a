import { FeedbackStage, Tracking } from './feedback';
import { request } from './http';

export interface MyReport {
  reportId: string;
  trackingCodeHint: string;
  receivedAt: string;
  stage: FeedbackStage;
  stageAt: string;
  messageCount: number;
}

export interface PrivacyFacts {
  contactRetentionDays: number;
  manageLinkDays: number;
  dataLinkMinutes: number;
}

/** Feedback (apps/feedback): a signed-in reporter's own reports, and the periods the privacy statement names. */
export const myReports = {
  list: () => request<{ reports: MyReport[] }>('feedback', '/v1/my-reports'),
  one: (reportId: string) => request<Tracking>('feedback', `/v1/my-reports/${encodeURIComponent(reportId)}`),
  answer: (reportId: string, questionId: string, text: string) =>
    request<{ answeredAt: string }>('feedback', `/v1/my-reports/${encodeURIComponent(reportId)}/questions/${encodeURIComponent(questionId)}/answer`, {
      method: 'POST',
      json: { text },
    }),
  privacyFacts: () => request<PrivacyFacts>('feedback', '/v1/privacy'),
};
