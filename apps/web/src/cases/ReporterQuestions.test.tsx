import { fireEvent, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithLoket } from '../testing/render';
import type { CaseFile } from './case-types';
import { ReporterQuestions } from './ReporterQuestions';

const CASE_ID = '00000000-0000-4000-8000-000000000001';
const file = {
  id: CASE_ID,
  status: 'in_progress',
  version: 7,
  questions: [
    {
      id: 'q-1',
      text: 'Welke ingang bedoelt u?',
      askedAt: '2026-12-05T09:00:00Z',
      askedBy: 'sanne',
      answerBy: '2026-12-08T09:00:00Z',
      status: 'answered',
      caseWaits: false,
      answers: [{ reportId: 'r-1', text: 'Die aan de Lindenlaan. Bel [telefoonnummer verwijderd]', answeredAt: '2026-12-05T10:00:00Z' }],
    },
  ],
} as unknown as CaseFile;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } });

describe('ReporterQuestions: asking the reporters from the case file', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the questions with their answers, and asks a new one at the version seen, waiting the days chosen', async () => {
    const fetch = vi.fn(async () => json(201, { id: 'q-2' }));
    vi.stubGlobal('fetch', fetch);
    await renderWithLoket(
      <Suspense fallback={null}>
        <ReporterQuestions file={file} />
      </Suspense>,
    );
    const answered = await screen.findByTestId('reporter-question', {}, { timeout: 15_000 });
    expect(answered.textContent).toContain('Welke ingang bedoelt u?');
    expect(answered.textContent).toContain('Die aan de Lindenlaan. Bel [telefoonnummer verwijderd]');
    fireEvent.change(screen.getByLabelText('Uw vraag aan de melders'), { target: { value: 'Is het er nog? ' } });
    fireEvent.change(screen.getByLabelText('Wachten op antwoord'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vraag stellen' }));
    expect(await screen.findByText('De vraag is verstuurd.')).toBeTruthy();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/workbench/v1/cases/${CASE_ID}/questions`);
    expect(JSON.parse(String(init.body))).toEqual({ text: 'Is het er nog?', waitDays: 3, expectedVersion: 7 });
  });

  it('offers no question form on a closed case', async () => {
    await renderWithLoket(<ReporterQuestions file={{ ...file, status: 'closed' }} />);
    expect(screen.queryByRole('button', { name: 'Vraag stellen' })).toBeNull();
  });
});
