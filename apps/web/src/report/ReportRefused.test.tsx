import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/http';
import { renderWithLoket } from '../testing/render';
import { ReportRefused } from './ReportRefused';

const badEmail = new ApiProblem(400, 'Your request is not valid', 'contact.email must be an email', [
  { field: 'contact.email', messages: ['contact.email must be an email'] },
], 'validation-error');

describe('ReportRefused', () => {
  it('says in Dutch what to fix, never the service’s English, and that nothing was kept', async () => {
    await renderWithLoket(<ReportRefused error={badEmail} onField={() => undefined} />);
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toContain('Uw melding is niet verstuurd');
    expect(alert).toContain('Vul een geldig e-mailadres in');
    expect(alert).toContain('Er is niets van deze melding bewaard');
    expect(alert).not.toContain('must be an email');
    expect(screen.getByRole('link', { name: /e-mailadres/ }).getAttribute('href')).toBe('#email');
  });

  it('speaks English when the page does', async () => {
    const notAPhoto = new ApiProblem(415, 'Not a photo', 'photo 1 looks like a photo but cannot be read; it may be damaged', [], 'not-an-image');
    await renderWithLoket(<ReportRefused error={notAPhoto} onField={() => undefined} />, { language: 'en' });
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toContain('One of the files is not a photo we can open');
    expect(alert).not.toContain('may be damaged');
  });
});
