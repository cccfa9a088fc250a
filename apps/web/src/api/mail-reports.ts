import { request } from './http';

/** A report that came by mail and waits for its place (intake's `GET /api/v1/mail-reports/{token}`). */
export interface MailReportAwaitingLocation {
  description: string;
  receivedAt: string;
  expiresAt: string;
  photos: number;
}

/** Intake: a mail report completed through the link in Loket's answer; the token is the key. */
export const mailReports = {
  awaiting: (token: string) => request<MailReportAwaitingLocation>('intake', `/v1/mail-reports/${encodeURIComponent(token)}`),

  complete: (token: string, place: { lat: number; lon: number }) =>
    request<{ reportId: string }>('intake', `/v1/mail-reports/${encodeURIComponent(token)}/location`, { method: 'POST', json: place }),
};
