import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Category, NearbyCase, SimilarCase } from '../../api/routing';
import { renderWithLoket } from '../../testing/render';
import { NearbyCases } from './NearbyCases';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

const taxonomy: Category[] = [
  {
    code: 'afval',
    name: { nl: 'Afval', en: 'Waste' },
    sensitivity: 1,
    subcategories: [{ code: 'grofvuil', name: { nl: 'grofvuil', en: 'bulky waste' }, sensitivity: 1 }],
  },
];
const publicCase = (caseId: string, description: string, distanceMetres: number): NearbyCase => ({
  caseId,
  category: 'afval',
  subcategory: 'grofvuil',
  status: 'open',
  openedAt: '2026-05-01T08:00:00.000Z',
  description,
  lat: 52.3731,
  lon: 4.8926,
  reportCount: 2,
  distanceMetres,
});
const bike = publicCase('00000000-0000-4000-8000-00000000000b', 'Fietswrak tegen het hek', 20);
const sofa = publicCase('00000000-0000-4000-8000-00000000000a', 'Oude bank en matras naast de container', 35);
const mattress = publicCase('00000000-0000-4000-8000-00000000000c', 'Matras bij de glasbak', 140);
const judged: SimilarCase[] = [
  { ...sofa, likelihood: 'probably-same', sharedWords: ['bank', 'matras'] },
  { ...mattress, likelihood: 'possibly-same', sharedWords: ['matras'] },
];

/** Routing as the form meets it: the taxonomy, the nearby list, and the judge answering `similar` in turn. */
function routingAnswering(...similar: Response[]) {
  const fetch = vi.fn(async (url: string, _init?: RequestInit) => {
    if (url === '/api/routing/v1/categories') return json(200, taxonomy);
    if (url.startsWith('/api/routing/v1/public/cases/nearby?')) return json(200, [bike, sofa]);
    if (url === '/api/routing/v1/public/cases/similar')
      return similar.shift() ?? json(500, { title: 'Internal Server Error', status: 500 });
    return json(404, { title: 'Not Found', status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The description field and the section below it, as on the report form. */
function TypingBesideNearby({ onFollow }: { onFollow(caseId: string): void }) {
  const [text, setText] = useState('');
  return (
    <>
      <label htmlFor="description">Wat is er aan de hand?</label>
      <textarea id="description" value={text} onChange={(event) => setText(event.target.value)} />
      <NearbyCases
        location={{ lat: 52.3731, lon: 4.8926 }}
        choice={{ category: 'afval', subcategory: 'grofvuil' }}
        text={text}
        offers={{ nearby: true, similar: true }}
        canFollow
        onFollow={onFollow}
        following={null}
      />
    </>
  );
}

const type = (text: string) =>
  fireEvent.change(screen.getByLabelText('Wat is er aan de hand?'), { target: { value: text } });
const listed = () =>
  within(screen.getByTestId('nearby-cases'))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

describe('NearbyCases: "is it one of these?" while the resident types', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the plain nearby list until there is enough text to judge', async () => {
    routingAnswering(json(200, judged));
    await renderWithLoket(<TypingBesideNearby onFollow={() => undefined} />);
    expect(
      await within(await screen.findByTestId('nearby-cases')).findByText('Fietswrak tegen het hek'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Is het een van deze?' })).toBeTruthy();
    expect(listed()).toHaveLength(2);
    expect(screen.queryByText(/dezelfde melding/)).toBeNull();
  });

  it('puts the judged cases first, with a badge in words and the shared words, each case once', async () => {
    const fetch = routingAnswering(json(200, judged));
    const onFollow = vi.fn();
    await renderWithLoket(<TypingBesideNearby onFollow={onFollow} />);
    await screen.findByText('Fietswrak tegen het hek');
    type('Een oude bank en een matras bij de container');

    const region = screen.getByTestId('similar-cases');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(
      await within(region).findByText('Waarschijnlijk dezelfde melding', {}, { timeout: 5_000 }),
    ).toBeTruthy();
    expect(within(region).getByText('Misschien dezelfde melding')).toBeTruthy();
    expect(within(region).getByText('Overeenkomende woorden: bank, matras')).toBeTruthy();
    expect(within(region).getByText('Overeenkomende woorden: matras')).toBeTruthy();
    expect(
      within(region)
        .queryAllByRole('listitem')
        .every((li) => !li.hasAttribute('aria-live')),
    ).toBe(true);

    const items = listed();
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('Oude bank en matras naast de container');
    expect(items[1]).toContain('Matras bij de glasbak');
    expect(items[2]).toContain('Fietswrak tegen het hek');
    expect(screen.getAllByText('Oude bank en matras naast de container')).toHaveLength(1);

    const init = fetch.mock.calls.find(([url]) => url.endsWith('/similar'))?.[1];
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({
      lat: 52.3731,
      lon: 4.8926,
      category: 'grofvuil',
      description: 'Een oude bank en een matras bij de container',
    });
    expect(fetch.mock.calls.every(([url]) => !url.includes('matras'))).toBe(true);

    fireEvent.click(
      within(within(region).getAllByRole('listitem')[0]).getByRole('button', { name: 'Volg deze melding' }),
    );
    expect(onFollow).toHaveBeenCalledWith(sofa.caseId);
  });

  it('falls back to the plain nearby list, without a word of it, when routing cannot judge', async () => {
    routingAnswering(json(200, judged), json(503, { title: 'Service Unavailable', status: 503 }));
    await renderWithLoket(<TypingBesideNearby onFollow={() => undefined} />);
    await screen.findByText('Fietswrak tegen het hek');
    type('Een oude bank en een matras bij de container');
    await screen.findByText('Waarschijnlijk dezelfde melding', {}, { timeout: 5_000 });

    type('Een oude bank en een matras bij de container, nat van de regen');
    await waitFor(() => expect(screen.queryByText(/dezelfde melding/)).toBeNull(), { timeout: 5_000 });
    expect(screen.queryByText(/Overeenkomende woorden/)).toBeNull();
    const items = listed();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Fietswrak tegen het hek');
    expect(items[1]).toContain('Oude bank en matras naast de container');
    expect(screen.getAllByRole('button', { name: 'Volg deze melding' })).toHaveLength(2);
  });

  it('says how sure routing is in English when the page does', async () => {
    routingAnswering(json(200, judged.slice(1)));
    await renderWithLoket(<TypingBesideNearby onFollow={() => undefined} />, { language: 'en' });
    type('A mattress next to the bottle bank');
    expect(await screen.findByText('Possibly the same report', {}, { timeout: 5_000 })).toBeTruthy();
    expect(screen.getByText('Matching words: matras')).toBeTruthy();
    expect(screen.getByText('These reports look like what you describe:')).toBeTruthy();
  });
});
