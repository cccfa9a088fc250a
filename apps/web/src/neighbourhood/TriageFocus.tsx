import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { publicMap } from '../api/public-map';
import { currentLanguage } from '../i18n/i18n';
import { localised, useTaxonomy } from '../report/taxonomy';

/** The triage queue narrowed to one neighbourhood and theme (from the priorities panel), as the address says. */
export interface TriageFocusFilter {
  areaId?: string;
  categoryMain?: string;
}

export function triageFocusOf(search: URLSearchParams): TriageFocusFilter {
  const areaId = search.get('areaId') ?? '';
  const categoryMain = search.get('categoryMain') ?? '';
  return {
    ...(/^[A-Za-z0-9_.:-]{1,100}$/.test(areaId) ? { areaId } : {}),
    ...(/^[a-z0-9-]{1,64}$/.test(categoryMain) ? { categoryMain } : {}),
  };
}

/** Says which neighbourhood and theme the triage queue shows, with the way back to all of it. */
export function TriageFocus({ focus }: { focus: TriageFocusFilter }) {
  const { t, i18n } = useTranslation('neighbourhood');
  const language = currentLanguage(i18n);
  const taxonomy = useTaxonomy();
  const areas = useQuery({ queryKey: ['public-areas'], queryFn: publicMap.areas, staleTime: 10 * 60_000, retry: false, enabled: !!focus.areaId });
  if (!focus.areaId && !focus.categoryMain) return null;
  const area = areas.data?.find((a) => a.code === focus.areaId)?.name ?? focus.areaId ?? t('focus.anyArea');
  const theme = focus.categoryMain ? localised(taxonomy.data?.find((c) => c.code === focus.categoryMain)?.name, language) || focus.categoryMain : t('focus.anyTheme');
  return (
    <Paragraph data-testid="triage-focus">
      {t('focus.showing', { area, theme })}{' '}
      <Link className="utrecht-link" to="/werkbank/triage">
        {t('focus.all')}
      </Link>
    </Paragraph>
  );
}
