import { testEnvironment } from './test-environment';

export interface SunkMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
}

/** Reads what the local SMTP sink received. */
export async function mailsTo(address: string): Promise<SunkMail[]> {
  const url = `${testEnvironment().mailSinkUrl}/api/messages?to=${encodeURIComponent(address)}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`mail sink answered ${response.status}`);
  return (await response.json()) as SunkMail[];
}
