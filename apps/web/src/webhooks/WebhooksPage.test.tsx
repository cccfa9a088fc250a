import { fireEvent, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithLoket } from '../testing/render';
import { WebhooksPage } from './WebhooksPage';
import type { WebhookSubscription } from './webhook-types';

const BASE = '/api/workbench/v1/admin/webhook-subscriptions';
const ID = '00000000-0000-4000-8000-0000000000aa';
const existing: WebhookSubscription = {
  id: ID,
  name: 'Wijkdashboard',
  targetUrl: 'https://dashboard.example.nl/hooks',
  channels: ['case.opened'],
  filter: { categories: [], organisations: [] },
  fields: ['category'],
  status: 'active',
  createdAt: '2026-12-01T09:00:00Z',
  createdBy: 'admin',
  disabledAt: null,
};

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

function serve(onWrite: (method: string, url: string, body: unknown) => Response) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    if (method !== 'GET') return onWrite(method, url, init?.body ? JSON.parse(String(init.body)) : undefined);
    if (url.endsWith('/categories')) return json(200, [{ code: 'afval', name: { nl: 'Afval', en: 'Waste' }, subcategories: [] }]);
    if (url.endsWith('/organisations')) return json(200, [{ code: 'municipality', name: 'Gemeente', teams: ['stadsbeheer'] }]);
    if (url.endsWith('/deliveries')) {
      return json(200, { items: [{ id: 'd1', eventId: 'e1', channel: 'case.opened', caseId: 'c0ffee00-0000-4000-8000-000000000001', status: 'failed', attempts: 12, createdAt: '2026-12-01T10:00:00Z', nextAttemptAt: null, deliveredAt: null, lastError: 'HTTP 503 (given up: max-attempts)', attemptLog: [] }] });
    }
    if (url.endsWith(BASE)) return json(200, { items: [existing] });
    return json(404, { title: 'Not Found' });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const render = () =>
  renderWithLoket(
    <Suspense fallback={null}>
      <WebhooksPage />
    </Suspense>,
  );

describe('WebhooksPage: the administrators’ outgoing webhooks', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the subscriptions, creates one with the chosen scope, and shows its secret once', async () => {
    const fetch = serve((method) =>
      method === 'POST' ? json(201, { ...existing, id: 'new', name: 'Zaaksysteem', secret: 'whsec_dit-is-geheim' }) : json(405),
    );
    await render();
    const row = (await screen.findByText('Wijkdashboard', {}, { timeout: 15_000 })).closest('tr') as HTMLElement;
    expect(within(row).getByText('categorie')).toBeTruthy();
    expect(within(row).getByText('actief')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Zaaksysteem' } });
    fireEvent.change(screen.getByLabelText('Adres (URL)'), { target: { value: 'https://zaken.example.nl/hooks/loket' } });
    fireEvent.click(screen.getByLabelText('case.status-changed'));
    fireEvent.click(screen.getByLabelText('omschrijving (geredigeerd)'));
    fireEvent.click(await screen.findByLabelText('Afval'));
    fireEvent.click(await screen.findByLabelText('Gemeente'));
    fireEvent.click(screen.getByRole('button', { name: 'Abonnement aanmaken' }));

    const status = await screen.findByRole('status', {}, { timeout: 10_000 });
    expect(status.textContent).toContain('whsec_dit-is-geheim');
    const posted = fetch.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posted.map(([url, init]) => [url, JSON.parse(String(init?.body))])).toEqual([
      [BASE, { name: 'Zaaksysteem', targetUrl: 'https://zaken.example.nl/hooks/loket', channels: ['case.status-changed'], categories: ['afval'], organisations: ['municipality'], fields: ['description'] }],
    ]);
    expect((screen.getByLabelText('Naam') as HTMLInputElement).value).toBe('');
  }, 30_000);

  it('shows the refusal of a bad subscription in words, and keeps what was typed', async () => {
    serve(() => json(400, { title: 'Bad Request', detail: 'targetUrl must be an https URL', errors: [] }));
    await render();
    await screen.findByText('Wijkdashboard', {}, { timeout: 15_000 });
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Onveilig' } });
    fireEvent.click(screen.getByRole('button', { name: 'Abonnement aanmaken' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('targetUrl must be an https URL');
    expect((screen.getByLabelText('Naam') as HTMLInputElement).value).toBe('Onveilig');
  }, 30_000);

  it('removes a subscription only after a second, explicit click; shows the delivery log with the last error', async () => {
    const fetch = serve((method) => (method === 'DELETE' ? json(204) : json(405)));
    await render();
    fireEvent.click(await screen.findByRole('button', { name: 'Bezorglog van Wijkdashboard' }, { timeout: 15_000 }));
    expect(await screen.findByText('HTTP 503 (given up: max-attempts)', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('opgegeven')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Wijkdashboard verwijderen…' }));
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, Wijkdashboard en zijn bezorglog verwijderen' }));
    await vi.waitFor(() => expect(fetch.mock.calls.filter(([, init]) => init?.method === 'DELETE').map(([url]) => url)).toEqual([`${BASE}/${ID}`]), { timeout: 10_000 });
  }, 30_000);
});
