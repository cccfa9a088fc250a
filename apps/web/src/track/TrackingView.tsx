import { useTranslation } from 'react-i18next';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { Tracking } from '../api/feedback';
import { currentLanguage } from '../i18n/i18n';

/** Status in plain words, the timeline, and the messages exactly as the feedback service returns them. */
export function TrackingView({ tracking, code, onRefresh, refreshing }: { tracking: Tracking; code?: string; onRefresh(): void; refreshing: boolean }) {
  const { t, i18n } = useTranslation('track');
  const format = new Intl.DateTimeFormat(currentLanguage(i18n) === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' });
  return (
    <section aria-labelledby="status-heading" className="loket-stack" data-testid="tracking">
      <Heading2 id="status-heading">{t('statusHeading')}</Heading2>
      {code && <Paragraph small>{t('codeShown', { code })}</Paragraph>}
      <Paragraph lead data-testid="tracking-status">
        <strong>{t(`stage.${tracking.stage}`)}</strong>. {t(`plain.${tracking.stage}`)}
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={onRefresh} busy={refreshing}>
        {t('refresh')}
      </Button>
      <Heading3>{t('timelineHeading')}</Heading3>
      <ol className="loket-timeline" data-testid="tracking-timeline">
        {tracking.timeline.map((entry, index) => (
          <li key={`${entry.stage}-${entry.at}-${index}`}>
            <strong>{t(`stage.${entry.stage}`)}</strong> <time dateTime={entry.at}>{format.format(new Date(entry.at))}</time>
          </li>
        ))}
      </ol>
      <Heading3>{t('messagesHeading')}</Heading3>
      {tracking.messages.length === 0 ? (
        <Paragraph>{t('noMessages')}</Paragraph>
      ) : (
        <ul className="loket-case-list" data-testid="tracking-messages">
          {tracking.messages.map((message) => (
            <li key={message.id}>
              <Paragraph>
                <strong>{message.subject}</strong> <time dateTime={message.at}>{format.format(new Date(message.at))}</time>
              </Paragraph>
              <div className="loket-message">{message.body}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
