import type { LinkingRules } from './linking-rules';

/**
 * Defaults for the seed taxonomy. Things in public space stay put for days (a dumped sofa, a broken
 * street light); nuisance is over in hours; worries about a person and signals of organised crime
 * build up over weeks. Radii follow how far apart neighbours who saw the same thing live.
 */
export const DEFAULT_LINKING_RULES: LinkingRules = Object.freeze({
  reach: Object.freeze({
    afval: { radiusMetres: 75, windowHours: 72 },
    'openbare-ruimte': { radiusMetres: 50, windowHours: 168 },
    overlast: { radiusMetres: 150, windowHours: 12 },
    veiligheid: { radiusMetres: 200, windowHours: 24 },
    zorg: { radiusMetres: 50, windowHours: 336 },
    wonen: { radiusMetres: 30, windowHours: 336 },
    ondermijning: { radiusMetres: 100, windowHours: 720 },
    overig: { radiusMetres: 50, windowHours: 24 },
  }),
  fallbackReach: { radiusMetres: 50, windowHours: 24 },
  related: Object.freeze([
    ['overlast/drugsoverlast', 'ondermijning'],
    ['afval/illegale-dumping', 'ondermijning/drugslab'],
    ['wonen/woonfraude', 'ondermijning'],
    ['veiligheid/verdachte-situatie', 'ondermijning'],
    ['overlast/jongeren', 'veiligheid/vandalisme'],
    ['overlast/burenoverlast', 'zorg/verward-gedrag'],
    ['zorg/verwaarlozing', 'wonen'],
    ['wonen/portiek', 'afval/zwerfafval'],
  ] as const),
  catchAllMains: Object.freeze(['overig']),
  weights: { distance: 0.25, time: 0.15, category: 0.3, text: 0.3 },
  categoryScores: { sameSub: 1, sameMain: 0.8, related: 0.6, unknown: 0.5, other: 0 },
  linkThreshold: 0.7,
  greyZoneThreshold: 0.45,
  linkRequiresCategoryMatch: true,
  maxPossiblyRelated: 5,
});
