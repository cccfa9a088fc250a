import { screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithLoket } from '../testing/render';
import { CategoryCorrectionsPanel } from './CategoryCorrectionsPanel';

const signedIn = vi.hoisted(() => ({ roles: ['coordinator'] as string[] }));
vi.mock('../auth/auth', () => ({
  useAuth: () => ({ person: { username: 'coordinator', roles: signedIn.roles } }),
}));

const CORRECTIONS = '/api/routing/v1/category-corrections?days=30';
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
const measured = {
  days: 30,
  since: '2026-11-06T00:00:00Z',
  bySource: {
    reporter: { opened: 40, corrected: 2, kept: { rate: 0.95, low: 0.8349, high: 0.9862, successes: 38, trials: 40 } },
    suggester: { opened: 9, corrected: 3, kept: { rate: 0.6667, low: 0.3542, high: 0.8794, successes: 6, trials: 9 } },
    triage: { opened: 4, corrected: 4, kept: { rate: 0, low: 0, high: 0.4899, successes: 0, trials: 4 } },
  },
  confusions: [
    { from: 'afval / grofvuil', to: 'wonen / portiek', count: 3 },
    { from: 'overlast / geluid', to: 'overlast / burenoverlast', count: 2 },
  ],
};

function serve(answer: Response) {
  const fetch = vi.fn(async (_url: string) => answer);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const render = () =>
  renderWithLoket(
    <Suspense fallback={null}>
      <CategoryCorrectionsPanel />
    </Suspense>,
  );

describe('CategoryCorrectionsPanel: how often the categories cases opened with were right', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    signedIn.roles = ['coordinator'];
  });

  it('shows, by who chose the category, the cases opened, corrected and the share right with its interval, and the confusions', async () => {
    const fetch = serve(json(200, measured));
    await render();
    const panel = await screen.findByRole('region', { name: 'Categorieën: gemeten juistheid (laatste 30 dagen)' }, { timeout: 15_000 });
    await within(panel).findByText('de suggestie', {}, { timeout: 10_000 });
    const row = (source: string) => [...(panel.querySelector(`[data-source="${source}"]`) as HTMLElement).querySelectorAll('th, td')].map((c) => c.textContent);
    expect(row('reporter')).toEqual(['de melder', '40', '2', '0,95 (0,83–0,99; 38/40)']);
    expect(row('suggester')).toEqual(['de suggestie', '9', '3', '0,67 (0,35–0,88; 6/9)']);
    expect(row('triage')).toEqual(['niemand (triage)', '4', '4', 'niet van toepassing: niemand koos een categorie']);
    expect([...within(panel).getByTestId('category-confusions').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'afval / grofvuil → wonen / portiek: 3×',
      'overlast / geluid → overlast / burenoverlast: 2×',
    ]);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([CORRECTIONS]);
  }, 30_000);

  it('says a share is not measured yet, never a zero, before a case opened', async () => {
    serve(json(200, { ...measured, bySource: { ...measured.bySource, suggester: { opened: 0, corrected: 0, kept: null } }, confusions: [] }));
    await render();
    const panel = await screen.findByTestId('category-corrections-panel', {}, { timeout: 15_000 });
    await within(panel).findByText('Geen categorie gecorrigeerd.', {}, { timeout: 10_000 });
    expect((panel.querySelector('[data-source="suggester"]') as HTMLElement).textContent).toContain('nog niet gemeten: geen zaak geopend');
  }, 30_000);

  it('is not there for a professional, and asks routing nothing', async () => {
    signedIn.roles = ['professional'];
    const fetch = serve(json(200, measured));
    await render();
    expect(screen.queryByTestId('category-corrections-panel')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says so in the panel when routing does not measure it here', async () => {
    serve(json(404, { title: 'Not Found', detail: 'Cannot GET /api/v1/category-corrections' }));
    await render();
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert.textContent).toContain('De routeringsdienst meet de juistheid van categorieën hier (nog) niet.');
  }, 30_000);
});
