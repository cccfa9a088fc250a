import { fireEvent, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithLoket } from '../testing/render';
import { LinkingModelsPage } from './LinkingModelsPage';
import type { LinkingModels, LinkingModelView } from './linking-model-types';

const BASE = '/api/routing/v1/admin/linking-models';
const p = (successes: number, trials: number, low: number, high: number) => ({
  rate: successes / trials,
  low,
  high,
  successes,
  trials,
});
const model = (version: number, overrides: Partial<LinkingModelView> = {}): LinkingModelView => ({
  version,
  createdAt: '2026-12-01T09:00:00Z',
  createdBy: 'beheerder',
  trainedOn: { corrections: 42, corpusExamples: 600, sameIncident: 310, differentIncident: 332 },
  rules: {
    weights: { distance: 0.4, time: 0.2, category: 0.25, text: 0.15 },
    linkThreshold: 0.72,
    greyZoneThreshold: 0.55,
  },
  evaluation: null,
  active: false,
  activatedAt: null,
  ...overrides,
});
const evaluated = {
  evaluatedAt: '2026-12-02T10:00:00Z',
  corpus: 'loket-linking-v2 (held-out)',
  recall: p(47, 100, 0.3742, 0.5677),
  falseLinkRate: p(2, 200, 0.0027, 0.0357),
  greyRate: p(30, 300, 0.0709, 0.1394),
  baseline: {
    recall: p(40, 100, 0.3094, 0.498),
    falseLinkRate: p(4, 200, 0.0078, 0.0503),
    greyRate: p(45, 300, 0.1141, 0.1954),
  },
};
const list: LinkingModels = {
  activeVersion: 2,
  models: [
    model(1, { evaluation: evaluated }),
    model(2, { evaluation: evaluated, active: true, activatedAt: '2026-12-03T08:00:00Z' }),
    model(3),
  ],
};

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

function serve(onPost: (url: string, body: unknown) => Response) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST')
      return onPost(url, init.body === undefined ? undefined : JSON.parse(String(init.body)));
    return url === BASE ? json(200, list) : json(404, { title: 'Not Found' });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
const posted = (fetch: ReturnType<typeof serve>) =>
  fetch.mock.calls
    .filter(([, init]) => init?.method === 'POST')
    .map(([url, init]) => [url, init?.body === undefined ? undefined : JSON.parse(String(init.body))]);

const render = () =>
  renderWithLoket(
    <Suspense fallback={null}>
      <LinkingModelsPage />
    </Suspense>,
  );
const row = (version: number) => document.querySelector(`tr[data-version="${version}"]`) as HTMLElement;

describe('LinkingModelsPage: the administrators’ linking models', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the versions newest first with their figures beside the built-in rules’, and which one is active', async () => {
    serve(() => json(405));
    await render();
    await screen.findByRole('heading', { level: 1, name: 'Koppelmodellen' }, { timeout: 15_000 });
    await screen.findByText('Nu actief: versie 2.', {}, { timeout: 10_000 });
    expect([...document.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-version'))).toEqual([
      '3',
      '2',
      '1',
    ]);
    const recall = within(row(1)).getByText('0,47 (0,37–0,57; 47/100)');
    expect(recall.closest('td')?.textContent).toContain('standaard: 0,40 (0,31–0,50; 40/100)');
    expect(row(2).textContent).toContain('Actief sinds');
    expect(within(row(2)).queryByRole('button', { name: /activeren/ })).toBeNull();
    expect(row(1).textContent).toContain('afstand 0,40 · tijd 0,20 · categorie 0,25 · tekst 0,15');
    expect(row(1).textContent).toContain('koppelen vanaf 0,72 · grijze zone vanaf 0,55');
  }, 30_000);

  it('keeps activation of an unevaluated version shut, saying why, and evaluates it on request', async () => {
    const fetch = serve((url) =>
      url === `${BASE}/3/evaluate` ? json(200, model(3, { evaluation: evaluated })) : json(405),
    );
    await render();
    const activate = await screen.findByRole('button', { name: 'Versie 3 activeren…' }, { timeout: 15_000 });
    expect((activate as HTMLButtonElement).disabled).toBe(true);
    expect(document.getElementById(activate.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Activeren kan pas na evalueren.',
    );
    expect(within(row(1)).queryByRole('button', { name: /evalueren/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Versie 3 evalueren' }));
    const status = await screen.findByRole('status', {}, { timeout: 10_000 });
    expect(status.textContent).toContain('Versie 3 is geëvalueerd op loket-linking-v2 (held-out).');
    expect(posted(fetch)).toEqual([[`${BASE}/3/evaluate`, undefined]]);
  }, 30_000);

  it('asks a reason before activating, refuses an empty one without sending, then sends it', async () => {
    const fetch = serve((url) =>
      url === `${BASE}/1/activate` ? json(200, model(1, { evaluation: evaluated, active: true })) : json(405),
    );
    await render();
    fireEvent.click(await screen.findByRole('button', { name: 'Versie 1 activeren…' }, { timeout: 15_000 }));
    const form = screen.getByRole('form', { name: 'Versie 1 activeren' });
    const reason = within(form).getByLabelText(/Reden/);
    expect(document.activeElement).toBe(reason);

    fireEvent.click(within(form).getByRole('button', { name: 'Versie 1 nu activeren' }));
    expect(within(form).getByText('Geef een reden.')).toBeTruthy();
    expect(posted(fetch)).toEqual([]);

    fireEvent.change(reason, {
      target: { value: '  Minder foute koppelingen dan de standaard op het corpus. ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Versie 1 nu activeren' }));
    const status = await screen.findByRole('status', {}, { timeout: 10_000 });
    expect(status.textContent).toContain('Versie 1 is nu actief');
    expect(posted(fetch)).toEqual([
      [`${BASE}/1/activate`, { reason: 'Minder foute koppelingen dan de standaard op het corpus.' }],
    ]);
    expect(screen.queryByRole('form', { name: 'Versie 1 activeren' })).toBeNull();
  }, 30_000);

  it('shows why training was refused, in its own words and routing’s', async () => {
    serve(() =>
      json(422, {
        type: 'https://loket.example/problems/too-few-examples',
        title: 'Unprocessable Entity',
        detail:
          'learning needs at least 10 examples of each kind; there are 4 of one incident and 12 of different incidents',
      }),
    );
    await render();
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw model trainen' }, { timeout: 15_000 }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('Te weinig voorbeelden om een nieuw model van te leren.');
    expect(alert.textContent).toContain('there are 4 of one incident and 12 of different incidents');
  }, 30_000);

  it('rolls back with a reason and says which version is active again; a refusal keeps the form and what was typed', async () => {
    let refuse = true;
    const fetch = serve(() =>
      refuse
        ? json(409, {
            type: 'https://loket.example/problems/nothing-to-roll-back',
            title: 'Conflict',
            detail: 'no earlier activation to return to',
          })
        : json(200, { activeVersion: 1, previousVersion: 2 }),
    );
    await render();
    fireEvent.click(await screen.findByRole('button', { name: 'Terugdraaien…' }, { timeout: 15_000 }));
    const form = screen.getByRole('form', { name: /Terugdraaien: versie 2 vervangen/ });
    fireEvent.change(within(form).getByLabelText(/Reden/), {
      target: { value: 'Te veel foute koppelingen gemeld' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Nu terugdraaien' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain(
      'Er is niets om terug te draaien: er is nog nooit een versie geactiveerd.',
    );
    expect((within(form).getByLabelText(/Reden/) as HTMLTextAreaElement).value).toBe(
      'Te veel foute koppelingen gemeld',
    );

    refuse = false;
    fireEvent.click(within(form).getByRole('button', { name: 'Nu terugdraaien' }));
    const status = await screen.findByRole('status', {}, { timeout: 10_000 });
    expect(status.textContent).toContain('Teruggedraaid: nu actief is versie 1 (was versie 2).');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(posted(fetch)).toEqual([
      [`${BASE}/rollback`, { reason: 'Te veel foute koppelingen gemeld' }],
      [`${BASE}/rollback`, { reason: 'Te veel foute koppelingen gemeld' }],
    ]);
  }, 30_000);
});
