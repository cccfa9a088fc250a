import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@utrecht/component-library-react';
import { Likelihood } from '../../api/routing';

const STATUS: Record<Likelihood, string> = { 'probably-same': 'active', 'possibly-same': 'neutral' };

/** "Probably the same report" or "Possibly the same report": in words, the colour only repeats it. */
export function LikelihoodBadge({ likelihood }: { likelihood: Likelihood }) {
  const { t } = useTranslation('report');
  return <StatusBadge status={STATUS[likelihood]}>{t(`nearby.likelihood.${likelihood}`)}</StatusBadge>;
}
