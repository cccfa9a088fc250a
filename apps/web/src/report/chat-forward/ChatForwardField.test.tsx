import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithLoket } from '../../testing/render';
import { useChatForwardPreview } from './chat-forward-preview';
import { ChatForwardField } from './ChatForwardField';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } });

function Forward() {
  const [paste, setPaste] = useState('');
  return <ChatForwardField chatExport={paste} onChatExport={setPaste} state={useChatForwardPreview(paste)} />;
}

describe('ChatForwardField: forwarding messages from a neighbourhood chat', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows what Loket keeps of the paste: names replaced, the time it was written, nothing else', async () => {
    const fetch = vi.fn(async () =>
      json(200, { description: '[21:03] groepslid 1: bank bij de glasbak\n[21:04] groepslid 2: klopt', observedAt: '2026-12-05T20:03:00.000Z', messages: 2, members: 2 }),
    );
    vi.stubGlobal('fetch', fetch);
    await renderWithLoket(<Forward />);
    fireEvent.change(screen.getByLabelText('Plak de berichten uit de buurtapp'), {
      target: { value: '[05-12-26 21:03] Jan: bank bij de glasbak\n[05-12-26 21:04] Piet: klopt' },
    });
    const preview = await screen.findByRole('region', { name: 'Dit bewaart Loket' }, { timeout: 5_000 });
    expect(preview.textContent).toContain('groepslid 1: bank bij de glasbak');
    expect(preview.textContent).toContain('2 berichten, het eerste geschreven op 5 december 2026 om 21:03');
    expect(preview.textContent).not.toMatch(/Jan|Piet/);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/intake/v1/chat-forwards/preview');
    expect(JSON.parse(String(init.body))).toEqual({ chatExport: '[05-12-26 21:03] Jan: bank bij de glasbak\n[05-12-26 21:04] Piet: klopt' });
  });

  it('says in the page language why a paste cannot be read', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(400, { type: 'https://loket.example/problems/chat-no-messages', title: 'x', status: 400, detail: 'chatExport holds no message', errors: [{ field: 'chatExport', messages: ['x'] }] })));
    await renderWithLoket(<Forward />);
    fireEvent.change(screen.getByLabelText('Plak de berichten uit de buurtapp'), { target: { value: 'Jan zegt dat er een bank ligt' } });
    expect(await screen.findByText(/Loket herkent hier geen berichten uit een chat in/, {}, { timeout: 5_000 })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Dit bewaart Loket' })).toBeNull();
  });
});
