import { withReporterLinkFooter } from './reporter-link-footer';

describe('withReporterLinkFooter', () => {
  const link = 'https://loket.example/api/v1/reporter-links/abc.def';

  it('ends every e-mail with the reporter’s link, in their language', () => {
    expect(withReporterLinkFooter('Beste melder,', 'nl', link)).toMatch(/^Beste melder,\n\n-- \nUw voorkeuren.*\nhttps:\/\/loket.example\/api\/v1\/reporter-links\/abc.def\n$/s);
    expect(withReporterLinkFooter('Dear reporter,', 'en', link)).toContain('Your preferences');
  });
});
