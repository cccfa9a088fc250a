import { validateMatrix, DEFAULT_DISCLOSURE_MATRIX } from '../matrix/disclosure-matrix';
import { DEFAULT_TEMPLATES } from './default-templates';
import { allowedPlaceholders, bandsReachable, validateTemplates } from './validate-templates';

/** A deep, editable copy of the default templates. */
function editable(): Record<string, Record<string, Record<string, { subject: string; body: string }>>> {
  return JSON.parse(JSON.stringify(DEFAULT_TEMPLATES));
}

describe('validateTemplates', () => {
  it('accepts the default templates', () => {
    expect(validateTemplates(DEFAULT_TEMPLATES)).toEqual([]);
  });

  it('rejects what is not an object', () => {
    expect(validateTemplates(null)).toEqual([{ path: '', message: 'the templates must be an object' }]);
    expect(validateTemplates([])).toHaveLength(1);
  });

  it('names an unknown placeholder and the ones the template may use', () => {
    const templates = editable();
    templates['picked-up']['en']['generic'].body += ' Call {{officerPhone}}.';
    expect(validateTemplates(templates)).toEqual([
      {
        path: 'picked-up.en.generic.body',
        message: 'unknown placeholder {{officerPhone}}; this template may use {{trackingCode}}',
      },
    ]);
  });

  it('refuses the note text outside a note and the organisation kind below the trusted band', () => {
    const templates = editable();
    templates['closed']['nl']['trusted'].body += ' {{noteText}}';
    templates['closed']['nl']['with-outcome'].subject += ' {{organisationKind}}';
    expect(validateTemplates(templates).map((i) => i.path)).toEqual(['closed.nl.with-outcome.subject', 'closed.nl.trusted.body']);
  });

  it('requires the note text in the body of every note template', () => {
    const templates = editable();
    templates['note-for-reporter']['en']['with-outcome'].body = 'There is news about {{trackingCode}}.';
    expect(validateTemplates(templates)).toEqual([
      { path: 'note-for-reporter.en.with-outcome.body', message: 'a note template must show the note: put {{noteText}} in its body' },
    ]);
  });

  it('names a missing stage, language and band, and an empty subject', () => {
    const templates = editable();
    delete templates['waiting'];
    delete templates['resolved']['en'];
    delete templates['closed']['nl']['generic'];
    templates['reopened']['nl']['trusted'].subject = '  ';
    expect(validateTemplates(templates).map((i) => i.path)).toEqual([
      'waiting',
      'resolved.en',
      'closed.nl.generic',
      'reopened.nl.trusted.subject',
    ]);
  });

  it('asks only for the bands a reporter can be sent', () => {
    expect(bandsReachable('note-for-reporter')).toEqual(['generic', 'with-outcome', 'trusted']);
    expect(bandsReachable('received')).toEqual(['generic', 'with-outcome']);
    expect(bandsReachable('closed')).toEqual(['generic', 'with-outcome', 'trusted']);
  });

  it('refuses the note text in the generic note template, which progress-level reporters read', () => {
    const templates = editable();
    templates['note-for-reporter']['nl']['generic'].body += ' {{noteText}}';
    expect(validateTemplates(templates).map((i) => i.path)).toEqual(['note-for-reporter.nl.generic.body']);
  });

  it('names unknown stages, languages and bands', () => {
    const templates = editable() as Record<string, unknown>;
    templates['archived'] = {};
    (templates['closed'] as Record<string, unknown>)['de'] = {};
    ((templates['closed'] as Record<string, Record<string, unknown>>)['en'])['gold'] = { subject: 'x', body: 'y' };
    expect(validateTemplates(templates).map((i) => i.path)).toEqual(['archived', 'closed.de', 'closed.en.gold']);
  });

  it('never allows a placeholder the planner gives no value for', () => {
    expect(allowedPlaceholders('received', 'trusted')).toEqual(['trackingCode']);
    expect(allowedPlaceholders('note-for-reporter', 'trusted')).toEqual(['trackingCode', 'noteText', 'organisationKind']);
  });
});

describe('validateMatrix with unknown rows and tiers', () => {
  it('names a sensitivity or tier the matrix does not have', () => {
    const matrix = JSON.parse(JSON.stringify(DEFAULT_DISCLOSURE_MATRIX));
    matrix['5'] = { anonymous: 1 };
    matrix['2']['mayor'] = 4;
    expect(validateMatrix(matrix).map((i) => i.path)).toEqual(['5', '2.mayor']);
  });
});
