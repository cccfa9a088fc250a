import { fireEvent, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithLoket } from '../testing/render';
import { CategoryModelsPage } from './CategoryModelsPage';
import type { CategoryModels, CategoryModelView } from './category-model-types';

const BASE = '/api/routing/v1/admin/category-models';
const p = (successes: number, trials: number, low: number, high: number) => ({ rate: successes / trials, low, high, successes, trials });
const figures = {
  mainTop1: p(127, 133, 0.9051, 0.9792),
  subTop1: p(125, 133, 0.8858, 0.9692),
  mainTop3: p(129, 133, 0.9251, 0.9882),
  subTop3: p(128, 133, 0.9144, 0.9838),
};
const evaluated = {
  evaluatedAt: '2026-12-02T10:00:00Z',
  corpus: 'suggestion.held-out.jsonl',
  ...figures,
  subTop1: p(130, 133, 0.9357, 0.9923),
  baseline: figures,
};
const model = (version: number, overrides: Partial<CategoryModelView> = {}): CategoryModelView => ({
  version,
  createdAt: '2026-12-01T09:00:00Z',
  createdBy: 'beheerder',
  trainedOn: { repositoryExamples: 2058, corpusExamples: 149, corrections: 12 },
  evaluation: null,
  active: false,
  activatedAt: null,
  ...overrides,
});
let list: CategoryModels;
const initialList = (): CategoryModels => ({
  activeVersion: 1,
  models: [model(1, { evaluation: evaluated, active: true, activatedAt: '2026-12-03T08:00:00Z' }), model(2)],
});

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

/** Routing as the page sees it: the list (as it is now) and the answers to changes. */
function serve(onPost: (url: string, body: unknown) => Response) {
  list = initialList();
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST') return onPost(url, init.body === undefined ? undefined : JSON.parse(String(init.body)));
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
      <CategoryModelsPage />
    </Suspense>,
  );
const row = (version: number) => document.querySelector(`tr[data-version="${version}"]`) as HTMLElement;

describe('CategoryModelsPage: the administrators’ category suggester', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the versions newest first with their figures beside the built-in model’s, and which one is active', async () => {
    serve(() => json(405));
    await render();
    await screen.findByRole('heading', { level: 1, name: 'Suggestiemodellen' }, { timeout: 15_000 });
    await screen.findByText('Nu actief: versie 1.', {}, { timeout: 10_000 });
    expect([...document.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-version'))).toEqual(['2', '1']);
    const sub = within(row(1)).getByText('0,98 (0,94–0,99; 130/133)');
    expect(sub.closest('td')?.getAttribute('data-figure')).toBe('subTop1');
    expect(sub.closest('td')?.textContent).toContain('ingebouwd: 0,94 (0,89–0,97; 125/133)');
    expect(row(1).textContent).toContain('Actief sinds');
    expect(row(2).textContent).toContain('12 correcties van coördinatoren, 149 corpusvoorbeelden en 2058 voorbeelden van de repository');
    expect(within(row(1)).queryByRole('button', { name: /activeren/ })).toBeNull();
  }, 30_000);

  it('keeps activation of an unevaluated version shut, saying why; evaluates it, then activates it with a reason', async () => {
    const fetch = serve((url) => {
      if (url === `${BASE}/2/evaluate`) {
        list = { ...list, models: [list.models[0], model(2, { evaluation: evaluated })] };
        return json(200, list.models[1]);
      }
      if (url === `${BASE}/2/activate`) return json(200, model(2, { evaluation: evaluated, active: true }));
      return json(405);
    });
    await render();
    const activate = await screen.findByRole('button', { name: 'Versie 2 activeren…' }, { timeout: 15_000 });
    expect((activate as HTMLButtonElement).disabled).toBe(true);
    expect(document.getElementById(activate.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Activeren kan pas na evalueren.');

    fireEvent.click(screen.getByRole('button', { name: 'Versie 2 evalueren' }));
    expect((await screen.findByRole('status', {}, { timeout: 10_000 })).textContent).toContain('Versie 2 is geëvalueerd op suggestion.held-out.jsonl.');

    fireEvent.click(screen.getByRole('button', { name: 'Versie 2 activeren…' }));
    const form = screen.getByRole('form', { name: 'Versie 2 activeren' });
    fireEvent.click(within(form).getByRole('button', { name: 'Versie 2 nu activeren' }));
    expect(within(form).getByText('Geef een reden.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/Reden/), { target: { value: ' Beter op subcategorie ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Versie 2 nu activeren' }));
    await screen.findByText(/Versie 2 is nu actief: routering en het webformulier/, {}, { timeout: 10_000 });
    expect(posted(fetch)).toEqual([
      [`${BASE}/2/evaluate`, undefined],
      [`${BASE}/2/activate`, { reason: 'Beter op subcategorie' }],
    ]);
  }, 30_000);

  it('trains a new version and says what it learned from; rolls back with a reason', async () => {
    const fetch = serve((url) => {
      if (url === BASE) return json(201, model(3));
      if (url === `${BASE}/rollback`) return json(200, { activeVersion: 0, previousVersion: 1 });
      return json(405);
    });
    await render();
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw model trainen' }, { timeout: 15_000 }));
    expect((await screen.findByRole('status', {}, { timeout: 10_000 })).textContent).toContain(
      'Versie 3 is getraind op 12 correcties van coördinatoren en 149 voorbeelden uit het corpus, naast de 2058 voorbeelden van de repository.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Terugdraaien…' }));
    const form = screen.getByRole('form', { name: /Terugdraaien: versie 1 vervangen/ });
    fireEvent.change(within(form).getByLabelText(/Reden/), { target: { value: 'Klachten over suggesties' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Nu terugdraaien' }));
    await screen.findByText('Teruggedraaid: nu actief is het ingebouwde model (versie 0) (was versie 1).', {}, { timeout: 10_000 });
    expect(posted(fetch)).toEqual([
      [BASE, undefined],
      [`${BASE}/rollback`, { reason: 'Klachten over suggesties' }],
    ]);
  }, 30_000);
});
