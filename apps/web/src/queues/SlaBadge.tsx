import { useTranslation } from 'react-i18next';

const TONE: Record<string, string> = { 'on-track': 'safe', 'at-risk': 'warning', breached: 'danger' };

/** On time, warning or breached: in words as well as colour. */
export function SlaBadge({ status, dueAt }: { status: string; dueAt: string }) {
  const { t, i18n } = useTranslation('werkbank');
  const due = new Date(dueAt).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <span className={`werkbank-sla werkbank-sla--${TONE[status] ?? 'safe'}`} title={t('sla.due', { due })}>
      {t(`sla.${status}`)}
    </span>
  );
}
