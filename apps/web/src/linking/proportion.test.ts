import { describe, expect, it } from 'vitest';
import { formatProportion } from './proportion';

describe('a proportion as the screens show it', () => {
  const p = { rate: 8 / 17, low: 0.2617, high: 0.6887, successes: 8, trials: 17 };

  it('gives the share, its 95 % interval and its counts in the reader’s number format', () => {
    expect(formatProportion(p, 'nl')).toBe('0,47 (0,26–0,69; 8/17)');
    expect(formatProportion(p, 'en')).toBe('0.47 (0.26–0.69; 8/17)');
  });

  it('keeps two decimals at the ends of the scale', () => {
    expect(formatProportion({ rate: 1, low: 0.8389, high: 1, successes: 20, trials: 20 }, 'en')).toBe(
      '1.00 (0.84–1.00; 20/20)',
    );
    expect(formatProportion({ rate: 0, low: 0, high: 0.161, successes: 0, trials: 20 }, 'nl')).toBe(
      '0,00 (0,00–0,16; 0/20)',
    );
  });

  it('has no figure when nothing was measured', () => {
    expect(formatProportion({ rate: 0, low: 0, high: 1, successes: 0, trials: 0 }, 'nl')).toBeNull();
  });
});
