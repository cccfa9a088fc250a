import { CASE_STATUSES, isCaseStatus, isOpen, slaPaused } from './case-status';
import { isResolutionCode } from './resolution-codes';

describe('isOpen', () => {
  it('is true exactly for new, assigned, in_progress and waiting', () => {
    expect(CASE_STATUSES.filter(isOpen)).toEqual(['new', 'assigned', 'in_progress', 'waiting']);
  });
});

describe('slaPaused', () => {
  it('is true only while waiting', () => {
    expect(CASE_STATUSES.filter(slaPaused)).toEqual(['waiting']);
  });
});

describe('isCaseStatus', () => {
  it('accepts the seven states and nothing else', () => {
    expect(CASE_STATUSES.every(isCaseStatus)).toBe(true);
    expect([undefined, 'open', 'NEW', 3].some(isCaseStatus)).toBe(false);
  });
});

describe('isResolutionCode', () => {
  it('accepts the fixed codes only', () => {
    expect(
      ['solved', 'referred-elsewhere', 'no-action-possible', 'duplicate', 'not-reproducible'].every(
        isResolutionCode,
      ),
    ).toBe(true);
    expect(isResolutionCode('fixed')).toBe(false);
  });
});
