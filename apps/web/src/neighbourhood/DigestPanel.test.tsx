import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithLoket } from '../testing/render';
import { DigestPanel } from './DigestPanel';

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } });
const AREAS = [
  { code: 'BU99990103', name: 'Raampoort', kind: 'buurt', bbox: [4.877, 52.351, 4.897, 52.38] },
  { code: 'BU99990201', name: 'Schippershof', kind: 'buurt', bbox: [4.894, 52.377, 4.929, 52.389] },
];

describe('DigestPanel: a daily e-mail of the neighbourhood', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for an area and a proper address, then asks for the digest with the suggested address and the page language', async () => {
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith('/public/areas')) return json(200, AREAS);
      if (url.endsWith('/my-digest') && (init?.method ?? 'GET') === 'GET') return json(404, { title: 'Not Found' });
      return json(200, { areaId: 'BU99990103', email: 'bewoner@example.nl', language: 'nl', since: '2026-12-05T10:00:00Z' });
    });
    vi.stubGlobal('fetch', fetch);
    await renderWithLoket(<DigestPanel suggestedEmail="bewoner@example.nl" />);
    await screen.findByRole('option', { name: 'Raampoort' }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Overzicht aanvragen' }));
    expect(await screen.findByText('Kies de buurt waarvan u het overzicht wilt.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Buurt'), { target: { value: 'BU99990103' } });
    fireEvent.click(screen.getByRole('button', { name: 'Overzicht aanvragen' }));
    expect(await screen.findByText(/Bewaard/)).toBeTruthy();
    const put = fetch.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === 'PUT') as unknown as [string, RequestInit];
    expect(put[0]).toBe('/api/feedback/v1/my-digest');
    expect(JSON.parse(String(put[1].body))).toEqual({ areaId: 'BU99990103', email: 'bewoner@example.nl', language: 'nl' });
    expect((await screen.findByTestId('digest-current')).textContent).toContain('Raampoort');
  });

  it('shows the digest in force and stops it', async () => {
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith('/public/areas')) return json(200, AREAS);
      if (init?.method === 'DELETE') return json(204);
      return json(200, { areaId: 'BU99990201', email: 'mij@example.nl', language: 'nl', since: '2026-12-05T10:00:00Z' });
    });
    vi.stubGlobal('fetch', fetch);
    await renderWithLoket(<DigestPanel suggestedEmail="" />);
    expect((await screen.findByTestId('digest-current', {}, { timeout: 10_000 })).textContent).toContain('mij@example.nl');
    fireEvent.click(screen.getByRole('button', { name: 'Stoppen met het overzicht' }));
    expect(await screen.findByText('U krijgt geen overzicht meer.')).toBeTruthy();
    expect(screen.queryByTestId('digest-current')).toBeNull();
  });
});
