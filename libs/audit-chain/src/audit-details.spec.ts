import { auditDetails } from './audit-details';

describe('auditDetails', () => {
  it('keeps identifiers, codes, numbers, flags, nulls and short lists of them', () => {
    expect(
      auditDetails({
        transition: 'resolve',
        to: 'in-progress',
        noteId: '5b0c2c4e-1f0a-4c1e-9d43-0f1e2d3c4b5a',
        caseVersion: 3,
        referredAway: false,
        assignee: null,
        areas: ['BU03440100', 'WK034401'],
        email: 'a.person@example.nl',
      }),
    ).toEqual({
      transition: 'resolve',
      to: 'in-progress',
      noteId: '5b0c2c4e-1f0a-4c1e-9d43-0f1e2d3c4b5a',
      caseVersion: 3,
      referredAway: false,
      assignee: null,
      areas: ['BU03440100', 'WK034401'],
      email: 'a.person@example.nl',
    });
  });

  it('leaves out prose, nested objects, lists with prose and keys named as free text', () => {
    expect(
      auditDetails(
        {
          reason: 'Verhuisd',
          explanation: 'Rule afval matched: category afval',
          text: 'De buurman is weer dronken, zegt hij',
          nested: { a: 1 },
          words: ['ok', 'not ok'],
          long: 'x'.repeat(121),
          notANumber: Number.NaN,
          missing: undefined,
          kept: 'yes',
        },
        ['reason'],
      ),
    ).toEqual({ kept: 'yes' });
  });

  it('writes dates as ISO-8601 strings', () => {
    expect(auditDetails({ from: new Date(Date.UTC(2026, 0, 1)) })).toEqual({ from: '2026-01-01T00:00:00.000Z' });
  });
});
