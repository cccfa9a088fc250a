import { describe, expect, it } from 'vitest';
import { checkDraft, choiceOf, draftOf } from './priority-form';

describe('the neighbourhood priorities form', () => {
  it('fills its three places from a stored choice, and gives the choice back without the empty places', () => {
    const draft = draftOf({ areaId: 'BU1', themes: ['overlast', 'afval'] });
    expect(draft).toEqual({ areaId: 'BU1', places: ['overlast', 'afval', ''] });
    expect(choiceOf(draft)).toEqual({ areaId: 'BU1', themes: ['overlast', 'afval'] });
    expect(draftOf(null)).toEqual({ areaId: '', places: ['', '', ''] });
  });

  it('needs a neighbourhood and a first theme, no theme twice and no gap', () => {
    expect(checkDraft({ areaId: 'BU1', places: ['afval', '', ''] })).toEqual({});
    expect(checkDraft({ areaId: '', places: ['', '', ''] })).toEqual({ areaId: 'required', first: 'required' });
    expect(checkDraft({ areaId: 'BU1', places: ['afval', 'afval', ''] })).toEqual({ places: 'repeated' });
    expect(checkDraft({ areaId: 'BU1', places: ['afval', '', 'overlast'] })).toEqual({ places: 'gap' });
  });
});
