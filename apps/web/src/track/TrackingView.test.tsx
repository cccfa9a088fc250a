import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Tracking } from '../api/feedback';
import { renderWithLoket } from '../testing/render';
import { TrackingView } from './TrackingView';

const tracking: Tracking = {
  reportId: 'r-1',
  stage: 'resolved',
  disclosureLevel: 3,
  timeline: [
    { stage: 'received', at: '2026-12-01T09:00:00Z' },
    { stage: 'picked-up', at: '2026-12-01T10:00:00Z' },
    { stage: 'resolved', at: '2026-12-02T15:30:00Z' },
  ],
  messages: [
    { id: 'm-1', stage: 'note-for-reporter', subject: 'Nieuws over uw melding', body: 'Opgehaald.\n<img src=x onerror="alert(1)">', at: '2026-12-02T15:00:00Z', channel: 'page', delivery: 'page' },
  ],
};

describe('TrackingView', () => {
  it('says the status in plain words and lists the timeline', async () => {
    await renderWithLoket(<TrackingView tracking={tracking} code="K7QM-2XNP" onRefresh={() => undefined} refreshing={false} />);
    expect(screen.getByTestId('tracking-status').textContent).toBe('Opgelost. Uw melding is opgelost.');
    expect(screen.getByTestId('tracking-timeline').querySelectorAll('li')).toHaveLength(3);
    expect(screen.getByTestId('tracking-timeline').textContent).toContain('In behandeling');
  });

  it('shows a message exactly as the service returned it, markup as text', async () => {
    await renderWithLoket(<TrackingView tracking={tracking} code="K7QM-2XNP" onRefresh={() => undefined} refreshing={false} />);
    const body = screen.getByText(/Opgehaald\./);
    expect(body.textContent).toBe('Opgehaald.\n<img src=x onerror="alert(1)">');
    expect(screen.getByTestId('tracking-messages').querySelector('img')).toBeNull();
  });

  it('speaks English when the page does', async () => {
    await renderWithLoket(<TrackingView tracking={tracking} code="K7QM-2XNP" onRefresh={() => undefined} refreshing={false} />, { language: 'en' });
    expect(screen.getByTestId('tracking-status').textContent).toBe('Resolved. Your report has been resolved.');
  });
});
