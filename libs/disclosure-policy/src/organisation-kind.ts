import type { Language } from './feedback-stage';

/** How a trusted reporter hears who follows their report up, by organisation code of the taxonomy. */
export const ORGANISATION_KINDS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  municipality: { nl: 'de gemeente', en: 'the municipality' },
  police: { nl: 'de wijkagent', en: 'the community police officer' },
  housing: { nl: 'de woningcorporatie', en: 'the housing corporation' },
  'social-work': { nl: 'het wijkteam', en: 'the neighbourhood social team' },
  coordinators: { nl: 'het coördinatieteam van Loket', en: 'the Loket coordination team' },
};

/** The words for an organisation's kind, or undefined for an organisation without a known kind. */
export function organisationKindFor(organisation: string, language: Language): string | undefined {
  return Object.prototype.hasOwnProperty.call(ORGANISATION_KINDS, organisation)
    ? ORGANISATION_KINDS[organisation][language]
    : undefined;
}
