import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RuntimeConfig, RuntimeConfigContext } from '../config/runtime-config';
import { renderWithLoket } from '../testing/render';
import CompleteReportPage from './CompleteReportPage';

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } });
const CONFIG: RuntimeConfig = { oidc: { authority: 'http://kc', clientId: 'web' }, map: { tileUrl: '', attribution: '', center: [52.37, 4.89], zoom: 14 } };
const TOKEN = 'A'.repeat(43);
const WAITING = { description: 'Kapotte lantaarnpaal\n\nHij brandt al een week niet.', receivedAt: '2026-12-05T10:00:00Z', expiresAt: '2026-12-12T10:00:00Z', photos: 2 };

const renderPage = () =>
  renderWithLoket(
    <RuntimeConfigContext.Provider value={CONFIG}>
      <Routes>
        <Route path="/melding-aanvullen/:token" element={<CompleteReportPage />} />
      </Routes>
    </RuntimeConfigContext.Provider>,
    { path: `/melding-aanvullen/${TOKEN}` },
  );

describe('CompleteReportPage: the link in the answer to a mail without a place', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the report as read from the mail and asks for the place before sending', async () => {
    const fetch = vi.fn(async (url: string, _init?: RequestInit) => (url.endsWith(`/mail-reports/${TOKEN}`) ? json(200, WAITING) : json(404, { title: 'Not Found', status: 404 })));
    vi.stubGlobal('fetch', fetch);
    await renderPage();
    const description = await screen.findByTestId('mail-report-description', {}, { timeout: 10_000 });
    expect(description.textContent).toBe(WAITING.description);
    expect(screen.getByText("Met 2 foto's.")).toBeTruthy();
    expect(screen.getByText(/vóór 12 december/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Melding versturen' }));
    expect(await screen.findByText('Wijs de plek aan op de kaart, gebruik uw locatie of zoek het adres.')).toBeTruthy();
    expect(fetch.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === 'POST')).toBe(false);
  });

  it('says so when the link no longer belongs to a waiting report', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(404, { title: 'Not Found', status: 404 })));
    await renderPage();
    expect(await screen.findByText(/hoort niet \(meer\) bij een melding die wacht/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Melding versturen' })).toBeNull();
  });
});
