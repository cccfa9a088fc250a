import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SimilarCase } from '../../api/routing';
import { createQueryClient } from '../../app/App';
import { SIMILAR_PAUSE_MS } from './similar-question';
import { useSimilarCases } from './use-similar-cases';

const dam = { lat: 52.3731, lon: 4.8926 };
const grofvuil = { category: 'afval', subcategory: 'grofvuil' };
const bank: SimilarCase = {
  caseId: '3f0c1a52-0000-4000-8000-000000000001',
  category: 'afval',
  subcategory: 'grofvuil',
  status: 'open',
  openedAt: '2026-05-01T08:00:00.000Z',
  description: 'Oude bank naast de container',
  lat: 52.3732,
  lon: 4.8927,
  reportCount: 2,
  distanceMetres: 12,
  likelihood: 'probably-same',
  sharedWords: ['bank'],
};
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function typing(offered = true) {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(({ text }: { text: string }) => useSimilarCases(dam, grofvuil, text, offered), {
    wrapper,
    initialProps: { text: '' },
  });
}
const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const similarCalls = (fetch: ReturnType<typeof vi.fn>) =>
  fetch.mock.calls.filter(([url]) => String(url) === '/api/routing/v1/public/cases/similar') as unknown as [
    string,
    RequestInit,
  ][];

describe('useSimilarCases: asking routing while the resident types', () => {
  let fetch: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    vi.useFakeTimers();
    fetch = vi.fn(async () => json(200, [bank]));
    vi.stubGlobal('fetch', fetch);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it(`asks once, ${SIMILAR_PAUSE_MS} ms after typing pauses, with the text as it was then`, async () => {
    const hook = typing();
    for (const text of ['Oude ba', 'Oude bank naa', 'Oude bank naast de', 'Oude bank naast de container']) {
      hook.rerender({ text });
      await pass(150);
    }
    await pass(SIMILAR_PAUSE_MS - 150 - 1);
    expect(similarCalls(fetch)).toHaveLength(0);
    expect(hook.result.current).toEqual([]);

    await pass(1);
    await pass(0);
    expect(similarCalls(fetch)).toHaveLength(1);
    const [, init] = similarCalls(fetch)[0];
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({
      lat: 52.3731,
      lon: 4.8926,
      category: 'grofvuil',
      description: 'Oude bank naast de container',
    });
    expect(hook.result.current).toEqual([bank]);

    hook.rerender({ text: 'Oude bank naast de container ' });
    await pass(SIMILAR_PAUSE_MS * 3);
    expect(similarCalls(fetch)).toHaveLength(1);
  });

  it('does not ask while the text is too short to judge, however long the pause', async () => {
    const hook = typing();
    hook.rerender({ text: 'bank' });
    await pass(SIMILAR_PAUSE_MS * 5);
    expect(similarCalls(fetch)).toHaveLength(0);
    expect(hook.result.current).toEqual([]);
  });

  it('does not ask when routing does not offer the judge', async () => {
    const hook = typing(false);
    hook.rerender({ text: 'Oude bank naast de container' });
    await pass(SIMILAR_PAUSE_MS * 5);
    expect(similarCalls(fetch)).toHaveLength(0);
  });

  it('gives no cases, not the last answer, when routing refuses the next question', async () => {
    fetch.mockImplementationOnce(async () => json(200, [bank]));
    fetch.mockImplementation(async () =>
      json(400, { type: 'https://loket.example/problems/bad-request', title: 'Bad Request', status: 400 }),
    );
    const hook = typing();
    hook.rerender({ text: 'Oude bank naast de container' });
    await pass(SIMILAR_PAUSE_MS);
    await pass(0);
    expect(hook.result.current).toEqual([bank]);

    hook.rerender({ text: 'Oude bank naast de container, nat van de regen' });
    await pass(SIMILAR_PAUSE_MS);
    await pass(0);
    expect(similarCalls(fetch)).toHaveLength(2);
    expect(hook.result.current).toEqual([]);
  });
});
