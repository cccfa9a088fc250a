import { describe, expect, it } from 'vitest';
import { triageFocusOf } from './TriageFocus';

describe('the triage focus from the priorities panel', () => {
  it('takes a neighbourhood and a theme from the address, and ignores what is no code', () => {
    expect(triageFocusOf(new URLSearchParams('areaId=BU99990103&categoryMain=overlast'))).toEqual({ areaId: 'BU99990103', categoryMain: 'overlast' });
    expect(triageFocusOf(new URLSearchParams('areaId=<b>&categoryMain=Overlast Nu'))).toEqual({});
    expect(triageFocusOf(new URLSearchParams(''))).toEqual({});
  });
});
