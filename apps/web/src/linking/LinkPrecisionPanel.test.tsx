import { screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithLoket } from '../testing/render';
import { LinkPrecisionPanel } from './LinkPrecisionPanel';

const signedIn = vi.hoisted(() => ({ roles: ['coordinator'] as string[] }));
vi.mock('../auth/auth', () => ({
  useAuth: () => ({ person: { username: 'coordinator', roles: signedIn.roles } }),
}));

const PRECISION = '/api/routing/v1/linking/precision?days=30';
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
const measured = {
  days: 30,
  since: '2026-11-06T00:00:00Z',
  linksMade: 61,
  confirmed: 47,
  undone: 3,
  awaitingReview: 11,
};

function serve(answer: Response) {
  const fetch = vi.fn(async (_url: string) => answer);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const render = () =>
  renderWithLoket(
    <Suspense fallback={null}>
      <LinkPrecisionPanel />
    </Suspense>,
  );

const figure = (name: string) =>
  (document.querySelector(`[data-figure="${name}"]`) as HTMLElement).textContent;

describe('LinkPrecisionPanel: how right automatic links were, as coordinators judged them', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    signedIn.roles = ['coordinator'];
  });

  it('shows the counts and the precision with its 95 % interval over the last 30 days', async () => {
    const fetch = serve(
      json(200, {
        ...measured,
        precision: { rate: 0.94, low: 0.8378, high: 0.9794, successes: 47, trials: 50 },
      }),
    );
    await render();
    const panel = await screen.findByRole(
      'region',
      { name: 'Automatisch koppelen: gemeten precisie (laatste 30 dagen)' },
      { timeout: 15_000 },
    );
    await within(panel).findByText('0,94 (0,84–0,98; 47/50)', {}, { timeout: 10_000 });
    expect([figure('linksMade'), figure('confirmed'), figure('undone'), figure('awaitingReview')]).toEqual([
      '61',
      '47',
      '3',
      '11',
    ]);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([PRECISION]);
  }, 30_000);

  it('says the precision is not measured yet when no link was judged, never a zero', async () => {
    serve(json(200, { ...measured, confirmed: 0, undone: 0, awaitingReview: 61, precision: null }));
    await render();
    const panel = await screen.findByTestId('link-precision-panel', {}, { timeout: 15_000 });
    await within(panel).findByText(/nog niet gemeten/, {}, { timeout: 10_000 });
    expect(figure('precision')).not.toMatch(/\d/);
  }, 30_000);

  it('says in the panel that it could not load, with the service’s own words', async () => {
    serve(json(503, { title: 'Service Unavailable', detail: 'routing is not reachable' }));
    await render();
    const panel = await screen.findByTestId('link-precision-panel', {}, { timeout: 15_000 });
    const alert = await within(panel).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('De dienst is nu niet bereikbaar.');
    expect(alert.textContent).toContain('routing is not reachable');
  }, 30_000);

  it('is neither shown nor asked for someone who is not a coordinator or administrator', async () => {
    signedIn.roles = ['professional'];
    const fetch = serve(json(200, { ...measured, precision: null }));
    // Beside a text of the same namespace: once that shows, the panel would have shown (and asked) too.
    const Beside = () => <p>{useTranslation('werkbank').t('insights.title')}</p>;
    await renderWithLoket(
      <Suspense fallback={null}>
        <Beside />
        <LinkPrecisionPanel />
      </Suspense>,
    );
    await screen.findByText('Inzichten', {}, { timeout: 15_000 });
    expect(screen.queryByTestId('link-precision-panel')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  }, 30_000);
});
