import { fireEvent, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithLoket } from '../testing/render';
import { CaseActions } from './CaseActions';
import type { CaseFile } from './case-types';

const CASE_ID = '00000000-0000-4000-8000-000000000001';
const file = {
  id: CASE_ID,
  organisation: 'municipality',
  team: 'stadsbeheer',
  status: 'assigned',
  version: 4,
  assignee: 'me',
  allowedTransitions: ['assign', 'start'],
} as unknown as CaseFile;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } });

describe('CaseActions: assigning within the team', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers the team members the workbench knows (not the current assignee), sends the chosen one, and shows the refusal', async () => {
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith('/team-members')) {
        return json(200, { organisation: 'municipality', team: 'stadsbeheer', members: [{ subject: 'me', username: 'sanne' }, { subject: 'c-1', username: 'collega' }] });
      }
      if (init?.method === 'POST') return json(409, { title: 'Conflict', detail: 'c-1 is not a member of team stadsbeheer of municipality' });
      return json(200, file);
    });
    vi.stubGlobal('fetch', fetch);
    await renderWithLoket(
      <Suspense fallback={null}>
        <CaseActions file={file} />
      </Suspense>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Toewijzen aan…' }, { timeout: 15_000 }));
    const select = await screen.findByLabelText('Toewijzen aan een lid van team stadsbeheer', {}, { timeout: 10_000 });
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['collega']);
    fireEvent.submit(select.closest('form') as HTMLFormElement);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('Dit kan nu niet.');
    expect(alert.textContent).toContain('not a member of team stadsbeheer');
    const posted = fetch.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posted.map(([url, init]) => [url, JSON.parse(String(init?.body))])).toEqual([
      [`/api/workbench/v1/cases/${CASE_ID}/transitions`, { transition: 'assign', assignee: 'c-1', expectedVersion: 4 }],
    ]);
  }, 30_000);
});
