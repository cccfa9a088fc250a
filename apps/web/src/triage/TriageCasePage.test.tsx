import { act, fireEvent, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile, CaseReport } from '../cases/case-types';
import type { RoutingCaseReports } from '../linking/report-link';
import { renderWithLoket } from '../testing/render';
import { TriageCasePage } from './TriageCasePage';

vi.mock('../auth/auth', () => ({
  useAuth: () => ({ person: { username: 'coordinator', roles: ['coordinator'] } }),
}));

const CASE_ID = '00000000-0000-4000-8000-000000000001';
const OPENED = '00000000-0000-4000-8000-0000000000a1';
const LINKED = '00000000-0000-4000-8000-0000000000a2';
const CONFIRM = `/api/routing/v1/cases/${CASE_ID}/reports/${LINKED}/confirm-link`;

const report = (reportId: string, description: string): CaseReport => ({
  reportId,
  description,
  category: { main: 'openbare-ruimte', sub: null },
  location: { lat: 52.09, lon: 5.12 },
  areaIds: [],
  reporterTier: 'resident',
  submittedAt: '2026-12-01T09:00:00Z',
  linkedAt: '2026-12-01T09:00:01Z',
});
const file = {
  id: CASE_ID,
  organisation: 'municipality',
  team: 'stadsbeheer',
  status: 'new',
  version: 1,
  category: { main: 'openbare-ruimte', sub: null, sensitivity: 1 },
  routing: { policyId: 'default', policyVersion: 1, ruleId: null, explanation: 'No rule matched' },
  reports: [report(OPENED, 'Losliggende stoeptegel'), report(LINKED, 'Stoeptegel los bij de bakker')],
} as unknown as CaseFile;
const routingReports = (confirmedAt: string | null): RoutingCaseReports => ({
  caseId: CASE_ID,
  status: 'open',
  reports: [
    {
      reportId: OPENED,
      description: 'Losliggende stoeptegel',
      submittedAt: '2026-12-01T09:00:00Z',
      joined: 'opened',
      movedFromCaseId: null,
      score: null,
      explanation: null,
      link: null,
    },
    {
      reportId: LINKED,
      description: 'Stoeptegel los bij de bakker',
      submittedAt: '2026-12-01T10:00:00Z',
      joined: 'linked',
      movedFromCaseId: null,
      score: 0.82,
      explanation: '30 m apart, 1 hour apart, same category',
      link: {
        automatic: true,
        confirmedAt,
        score: 0.82,
        explanation: '30 m apart, 1 hour apart, same category',
      },
    },
  ],
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

/** The workbench and routing as the triage page meets them; `reports` answers routing's list of the case's reports. */
function serve(
  reports: () => Response,
  confirm: () => Response = () => json(405, { title: 'Method Not Allowed' }),
) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST')
      return url === CONFIRM ? confirm() : json(405, { title: 'Method Not Allowed' });
    if (url.startsWith('/api/workbench/v1/cases/changes'))
      return json(200, { changed: false, cursor: 'c1', pollAfterMs: 600_000 });
    if (url.startsWith('/api/workbench/v1/cases?')) return json(200, { items: [], nextCursor: null });
    if (url === `/api/workbench/v1/cases/${CASE_ID}`) return json(200, file);
    if (url === `/api/routing/v1/cases/${CASE_ID}/reports`) return reports();
    return json(404, { title: 'Not Found' });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const render = () =>
  renderWithLoket(
    <Suspense fallback={null}>
      <Routes>
        <Route path="/werkbank/triage/:caseId" element={<TriageCasePage />} />
      </Routes>
    </Suspense>,
    { path: `/werkbank/triage/${CASE_ID}` },
  );

const posts = (fetch: ReturnType<typeof serve>) =>
  fetch.mock.calls.filter(([, init]) => init?.method === 'POST').map(([url, init]) => [url, init?.body]);

describe('TriageCasePage: confirming a report’s automatic link', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers "Koppeling klopt" only for the automatically linked report, sends it without a body, and then says confirmed', async () => {
    const fetch = serve(
      () => json(200, routingReports(null)),
      () => json(200, { reportId: LINKED, caseId: CASE_ID, confirmedAt: '2026-12-02T10:00:00Z' }),
    );
    await render();
    const confirm = await screen.findByRole('button', { name: 'Koppeling klopt' }, { timeout: 15_000 });
    expect(screen.getAllByRole('button', { name: 'Koppeling klopt' })).toHaveLength(1);
    expect(confirm.getAttribute('aria-describedby')).toBe(`pick-label-${LINKED}`);
    expect(screen.getByTestId(`link-review-${LINKED}`).textContent).toContain(
      'Automatisch gekoppeld (score 0,82): 30 m apart, 1 hour apart, same category',
    );
    expect(screen.queryByTestId(`link-review-${OPENED}`)).toBeNull();

    fireEvent.click(confirm);
    const review = screen.getByTestId(`link-review-${LINKED}`);
    await within(review).findByText('bevestigd', {}, { timeout: 10_000 });
    expect(within(review).queryByRole('button')).toBeNull();
    expect(posts(fetch)).toEqual([[CONFIRM, undefined]]);
  }, 30_000);

  it('explains an already-confirmed link in words and shows it confirmed as routing now has it', async () => {
    let confirmedAt: string | null = null;
    serve(
      () => json(200, routingReports(confirmedAt)),
      () => {
        confirmedAt = '2026-12-02T09:59:00Z';
        return json(409, {
          type: 'https://loket.example/problems/already-confirmed',
          title: 'Conflict',
          detail: 'The link of this report was confirmed already',
        });
      },
    );
    await render();
    fireEvent.click(await screen.findByRole('button', { name: 'Koppeling klopt' }, { timeout: 15_000 }));
    const review = screen.getByTestId(`link-review-${LINKED}`);
    const alert = await within(review).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('Deze koppeling was al bevestigd.');
    expect(alert.textContent).toContain('The link of this report was confirmed already');
    await within(review).findByText('bevestigd', {}, { timeout: 10_000 });
  }, 30_000);

  it('leaves the reports as they were, without alarm, when routing’s list is not there for this coordinator', async () => {
    const fetch = serve(() => json(404, { title: 'Not Found', detail: `No case ${CASE_ID}` }));
    await render();
    await screen.findByText(/Stoeptegel los bij de bakker/, {}, { timeout: 15_000 });
    await vi.waitFor(() => expect(fetch.mock.calls.some(([url]) => url.endsWith('/reports'))).toBe(true), {
      timeout: 10_000,
    });
    await act(() => new Promise((settled) => setTimeout(settled, 20)));
    expect(screen.queryByRole('button', { name: 'Koppeling klopt' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  }, 30_000);

  it('says so when routing’s list fails otherwise', async () => {
    serve(() => json(503, { title: 'Service Unavailable', detail: 'routing is not reachable' }));
    await render();
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert.textContent).toContain('routing is not reachable');
    expect(screen.getByText(/Stoeptegel los bij de bakker/)).toBeTruthy();
  }, 30_000);
});

describe('TriageCasePage: re-routing under a corrected category', () => {
  afterEach(() => vi.unstubAllGlobals());

  const REROUTE = `/api/routing/v1/cases/${CASE_ID}/reroute`;
  const TAXONOMY = [
    { code: 'openbare-ruimte', name: { nl: 'Openbare ruimte', en: 'Public space' }, sensitivity: 1, subcategories: [{ code: 'bestrating', name: { nl: 'Bestrating', en: 'Paving' }, sensitivity: 1 }] },
    { code: 'wonen', name: { nl: 'Wonen', en: 'Housing' }, sensitivity: 2, subcategories: [{ code: 'woonfraude', name: { nl: 'Woonfraude', en: 'Housing fraud' }, sensitivity: 3 }] },
  ];

  function serveWithTaxonomy() {
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') return url === REROUTE ? json(200, { caseId: CASE_ID, organisation: 'municipality', team: 'toezicht' }) : json(405, { title: 'Method Not Allowed' });
      if (url === '/api/routing/v1/categories') return json(200, TAXONOMY);
      if (url.startsWith('/api/workbench/v1/cases/changes')) return json(200, { changed: false, cursor: 'c1', pollAfterMs: 600_000 });
      if (url === `/api/workbench/v1/cases/${CASE_ID}`) return json(200, file);
      if (url === `/api/routing/v1/cases/${CASE_ID}/reports`) return json(200, routingReports(null));
      return json(404, { title: 'Not Found' });
    });
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }

  it('offers every category and subcategory of the taxonomy, the current one as "unchanged", and sends the chosen one with the reason', async () => {
    const fetch = serveWithTaxonomy();
    await render();
    const select = (await screen.findByLabelText('Categorie', {}, { timeout: 15_000 })) as HTMLSelectElement;
    await screen.findByRole('option', { name: 'Wonen: Woonfraude' }, { timeout: 10_000 });
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Ongewijzigd (Openbare ruimte)'],
      ['openbare-ruimte', 'Openbare ruimte'],
      ['openbare-ruimte/bestrating', 'Openbare ruimte: Bestrating'],
      ['wonen', 'Wonen'],
      ['wonen/woonfraude', 'Wonen: Woonfraude'],
    ]);
    fireEvent.change(select, { target: { value: 'wonen/woonfraude' } });
    fireEvent.change(screen.getByLabelText('Reden', { selector: '#reroute-reason' }), { target: { value: 'Onderverhuur, geen afval' } });
    fireEvent.click(screen.getByRole('button', { name: 'Herrouteren' }));
    await screen.findByText('Zaak geherrouteerd.', {}, { timeout: 10_000 });
    expect(posts(fetch)).toEqual([[REROUTE, JSON.stringify({ category: 'wonen', subcategory: 'woonfraude', reason: 'Onderverhuur, geen afval' })]]);
  }, 30_000);
});
