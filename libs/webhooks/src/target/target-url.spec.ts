import { targetUrlProblem } from './target-url';

describe('webhook target URL', () => {
  const production = { allowHttpToLocalhost: false };
  const development = { allowHttpToLocalhost: true };

  it('takes https', () => {
    expect(targetUrlProblem('https://zaken.example.nl/hooks/loket', production)).toBeNull();
  });

  it('takes http only to this machine, and only in development', () => {
    expect(targetUrlProblem('http://127.0.0.1:8123/hook', development)).toBeNull();
    expect(targetUrlProblem('http://localhost/hook', development)).toBeNull();
    expect(targetUrlProblem('http://127.0.0.1:8123/hook', production)).toBe('must be https');
    expect(targetUrlProblem('http://zaken.example.nl/hook', development)).toBe('must be https (http only to localhost)');
  });

  it('refuses what is not an http URL, or carries credentials or a fragment', () => {
    expect(targetUrlProblem('not a url', development)).toBe('is not a URL');
    expect(targetUrlProblem('ftp://example.nl/x', production)).toBe('must be https');
    expect(targetUrlProblem('https://user:pw@example.nl/x', production)).toBe('must not hold a user name or password');
    expect(targetUrlProblem('https://example.nl/x#y', production)).toBe('must not hold a fragment');
  });
});
