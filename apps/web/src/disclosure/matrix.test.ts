import { describe, expect, it } from 'vitest';
import { changedCells, withCell, type Matrix } from './matrix';

const matrix: Matrix = {
  1: { anonymous: 3, resident: 3, volunteer: 4, professional: 4 },
  2: { anonymous: 2, resident: 3, volunteer: 4, professional: 4 },
  3: { anonymous: 2, resident: 2, volunteer: 4, professional: 4 },
  4: { anonymous: 1, resident: 1, volunteer: 2, professional: 2 },
};

describe('the disclosure matrix grid', () => {
  it('changes one cell without touching the matrix it came from, and names what changed', () => {
    const edited = withCell(matrix, '3', 'resident', 3);
    expect(edited['3']).toEqual({ anonymous: 2, resident: 3, volunteer: 4, professional: 4 });
    expect(matrix['3']?.['resident']).toBe(2);
    expect(changedCells(matrix, edited)).toEqual(['3/resident']);
  });
});
