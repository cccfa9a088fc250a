import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton } from '@utrecht/component-library-react';

export type Way = 'own-words' | 'chat';

/** In the reporter's own words, or by forwarding messages from a neighbourhood chat group. */
export function WayOfReporting({ way, onWay }: { way: Way; onWay(way: Way): void }) {
  const { t } = useTranslation('report');
  return (
    <Fieldset>
      <FieldsetLegend>{t('chat.way')}</FieldsetLegend>
      {(['own-words', 'chat'] as const).map((option) => (
        <FormField key={option} type="radio">
          <RadioButton id={`way-${option}`} name="way" checked={way === option} onChange={() => onWay(option)} />
          <FormLabel htmlFor={`way-${option}`} type="radio">
            {t(`chat.ways.${option}`)}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
