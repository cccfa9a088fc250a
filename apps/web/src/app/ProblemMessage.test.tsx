import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/http';
import { renderWithLoket } from '../testing/render';
import { ProblemMessage } from './ProblemMessage';

describe('ProblemMessage', () => {
  it('tells a resident what went wrong in the page’s language, never the service’s English wording', async () => {
    const problem = new ApiProblem(404, 'Not found', 'No report with tracking code LKT-ABCD', []);
    await renderWithLoket(<ProblemMessage error={problem} />);
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('Dit is niet (meer) te vinden');
    expect(text).not.toContain('No report with tracking code');
  });

  it('says each kind of refusal in its own words', async () => {
    const cases: [number, string][] = [
      [400, 'Dit verzoek klopt niet'],
      [401, 'niet (meer) ingelogd'],
      [403, 'Dit mag u niet'],
      [409, 'intussen veranderd'],
      [413, 'te groot'],
      [429, 'te vaak geprobeerd'],
    ];
    for (const [status, words] of cases) {
      const { unmount } = await renderWithLoket(<ProblemMessage error={new ApiProblem(status, 'x', 'service words')} />);
      expect(screen.getByRole('alert').textContent).toContain(words);
      expect(screen.getByRole('alert').textContent).not.toContain('service words');
      unmount();
    }
  });

  it('shows a staff page the service’s explanation and each field error, marked as the service’s', async () => {
    const problem = new ApiProblem(400, 'Your request is not valid', 'The report has faults', [{ field: 'location.lat', messages: ['lat must not be greater than 90'] }]);
    await renderWithLoket(<ProblemMessage error={problem} serviceDetail />);
    expect(screen.getByRole('alert').textContent).toContain('Toelichting van de dienst: The report has faults');
    expect(screen.getByText('lat must not be greater than 90')).toBeTruthy();
  });

  it('says in plain words when Loket cannot be reached or fails, never a stack', async () => {
    await renderWithLoket(<ProblemMessage error={new ApiProblem(0, 'Network error')} />);
    expect(screen.getByRole('alert').textContent).toContain('Loket is nu niet bereikbaar');
  });

  it('speaks English when the page does', async () => {
    await renderWithLoket(<ProblemMessage error={new ApiProblem(503, 'Service Unavailable', 'db down')} serviceDetail />, { language: 'en' });
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong on our side');
    expect(screen.getByRole('alert').textContent).not.toContain('db down');
  });
});
