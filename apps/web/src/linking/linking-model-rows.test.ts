import { describe, expect, it } from 'vitest';
import type { LinkingModelView } from './linking-model-types';
import { linkingModelRows } from './linking-model-rows';

const proportion = { rate: 0.5, low: 0.4, high: 0.6, successes: 50, trials: 100 };
const evaluation = {
  evaluatedAt: '2026-12-03T10:00:00Z',
  corpus: 'loket-linking-v2 (held-out half)',
  recall: proportion,
  falseLinkRate: proportion,
  greyRate: proportion,
};
const model = (version: number, evaluated: boolean, active = false): LinkingModelView => ({
  version,
  createdAt: '2026-12-01T09:00:00Z',
  createdBy: 'beheerder',
  trainedOn: { corrections: 40, corpusExamples: 600, sameIncident: 300, differentIncident: 340 },
  rules: {
    weights: { distance: 0.4, time: 0.2, category: 0.25, text: 0.15 },
    linkThreshold: 0.72,
    greyZoneThreshold: 0.55,
  },
  evaluation: evaluated ? evaluation : null,
  active,
  activatedAt: active ? '2026-12-03T11:00:00Z' : null,
});

describe('the linking-model versions as the administrators’ table shows them', () => {
  it('lists the newest first and marks the version the list names active', () => {
    const rows = linkingModelRows({
      activeVersion: 2,
      models: [model(1, true), model(3, false), model(2, true, true)],
    });
    expect(rows.map((r) => [r.model.version, r.active])).toEqual([
      [3, false],
      [2, true],
      [1, false],
    ]);
  });

  it('offers activation only for an evaluated version that is not active, and says why not otherwise', () => {
    const rows = linkingModelRows({
      activeVersion: 2,
      models: [model(1, true), model(2, true, true), model(3, false)],
    });
    expect(rows.map((r) => [r.model.version, r.activationBlock])).toEqual([
      [3, 'not-evaluated'],
      [2, 'already-active'],
      [1, null],
    ]);
  });

  it('offers evaluation until a version has been evaluated', () => {
    const rows = linkingModelRows({ activeVersion: 0, models: [model(1, true), model(2, false)] });
    expect(rows.map((r) => [r.model.version, r.evaluable])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('trusts the list’s active version over a stale flag on a version', () => {
    const rows = linkingModelRows({ activeVersion: 0, models: [model(1, true, true)] });
    expect(rows[0]?.active).toBe(false);
    expect(rows[0]?.activationBlock).toBeNull();
  });
});
