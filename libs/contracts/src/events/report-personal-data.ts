import { PersonalData } from '../sealing/personal-fields';
import { FORGOTTEN_MARKER } from './reporter-forgotten/reporter-forgotten.v1';

/**
 * What a report says about its reporter — its description, address and answers — sealed under the report's own
 * key: at the payload's root (`report.submitted`) or in its `report` (the case events that carry one).
 */
export function reportPersonalData(under?: 'report'): PersonalData {
  const at = (field: string) => (under ? `${under}.${field}` : field);
  return {
    subject: at('reportId'),
    fields: [
      { path: at('description'), whenForgotten: { replaceWith: FORGOTTEN_MARKER } },
      { path: at('address'), whenForgotten: 'remove' },
      { path: at('answers'), whenForgotten: 'remove' },
    ],
  };
}
