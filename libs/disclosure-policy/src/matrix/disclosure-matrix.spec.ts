import {
  REPORTER_TIERS,
  SENSITIVITIES,
  type DisclosureLevel,
  type ReporterTier,
  type Sensitivity,
} from '../disclosure-levels';
import { ceilingFor, DEFAULT_DISCLOSURE_MATRIX, validateMatrix } from './disclosure-matrix';

describe('DEFAULT_DISCLOSURE_MATRIX', () => {
  it.each([
    [1, [3, 3, 4, 4]],
    [2, [2, 3, 4, 4]],
    [3, [2, 2, 4, 4]],
    [4, [1, 1, 2, 2]],
  ] as [Sensitivity, DisclosureLevel[]][])(
    'gives sensitivity %s the ceilings anonymous, resident, volunteer, professional = %j',
    (sensitivity, levels) => {
      expect(REPORTER_TIERS.map((tier) => DEFAULT_DISCLOSURE_MATRIX[sensitivity][tier])).toEqual(levels);
    },
  );

  it('is valid', () => {
    expect(validateMatrix(DEFAULT_DISCLOSURE_MATRIX)).toEqual([]);
  });

  it('never lets a more sensitive category disclose more to the same tier', () => {
    for (const tier of REPORTER_TIERS) {
      const column = SENSITIVITIES.map((s) => DEFAULT_DISCLOSURE_MATRIX[s][tier]);
      expect(column).toEqual([...column].sort((a, b) => b - a));
    }
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(DEFAULT_DISCLOSURE_MATRIX)).toBe(true);
    expect(Object.isFrozen(DEFAULT_DISCLOSURE_MATRIX[4])).toBe(true);
  });
});

describe('validateMatrix', () => {
  it('names a missing row and a missing cell', () => {
    const matrix = {
      1: DEFAULT_DISCLOSURE_MATRIX[1],
      2: { anonymous: 2, resident: 3, volunteer: 4 },
      3: DEFAULT_DISCLOSURE_MATRIX[3],
    };
    expect(validateMatrix(matrix)).toEqual([
      { path: '2.professional', message: 'sensitivity 2, tier professional is missing' },
      { path: '4', message: 'sensitivity 4 is missing' },
    ]);
  });

  it('rejects levels outside 0 … 4 and non-integers', () => {
    const matrix = {
      ...DEFAULT_DISCLOSURE_MATRIX,
      1: { anonymous: 5, resident: -1, volunteer: 2.5, professional: '4' },
    };
    expect(validateMatrix(matrix).map((issue) => issue.path)).toEqual([
      '1.anonymous',
      '1.resident',
      '1.volunteer',
      '1.professional',
    ]);
  });

  it('rejects something that is not an object', () => {
    expect(validateMatrix(null)).toEqual([{ path: '', message: 'the matrix must be an object' }]);
  });
});

describe('ceilingFor', () => {
  it('reads the matrix cell when the reporter wants contact', () => {
    expect(ceilingFor(DEFAULT_DISCLOSURE_MATRIX, 3, 'volunteer', { contact: true })).toBe(4);
  });

  it('is 0 when the reporter asked for no contact, whatever the matrix says', () => {
    expect(ceilingFor(DEFAULT_DISCLOSURE_MATRIX, 1, 'professional', { contact: false })).toBe(0);
  });

  it('fails closed to 0 for an unknown sensitivity or tier', () => {
    expect(ceilingFor(DEFAULT_DISCLOSURE_MATRIX, 7 as Sensitivity, 'resident', { contact: true })).toBe(0);
    expect(ceilingFor(DEFAULT_DISCLOSURE_MATRIX, 1, 'mayor' as ReporterTier, { contact: true })).toBe(0);
  });
});
