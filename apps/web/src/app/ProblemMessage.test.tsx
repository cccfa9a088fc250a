import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/http';
import { renderWithLoket } from '../testing/render';
import { ProblemMessage } from './ProblemMessage';

describe('ProblemMessage', () => {
  it('tells the service’s own explanation and each field error', async () => {
    const problem = new ApiProblem(400, 'Your request is not valid', 'The report has faults', [{ field: 'location.lat', messages: ['lat must not be greater than 90'] }]);
    await renderWithLoket(<ProblemMessage error={problem} />);
    expect(screen.getByRole('alert').textContent).toContain('The report has faults');
    expect(screen.getByText('lat must not be greater than 90')).toBeTruthy();
  });

  it('says in plain words when Loket cannot be reached or fails, never a stack', async () => {
    await renderWithLoket(<ProblemMessage error={new ApiProblem(0, 'Network error')} />);
    expect(screen.getByRole('alert').textContent).toContain('Loket is nu niet bereikbaar');
  });

  it('speaks English when the page does', async () => {
    await renderWithLoket(<ProblemMessage error={new ApiProblem(503, 'Service Unavailable', 'db down')} />, { language: 'en' });
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong on our side');
    expect(screen.getByRole('alert').textContent).not.toContain('db down');
  });
});
