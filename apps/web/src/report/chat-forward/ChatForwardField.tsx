import { useTranslation } from 'react-i18next';
import { FormFieldTextarea, Heading3, Paragraph } from '@utrecht/component-library-react';
import { currentLanguage } from '../../i18n/i18n';
import { ChatPreviewState } from './chat-forward-preview';

interface Props {
  chatExport: string;
  onChatExport(value: string): void;
  state: ChatPreviewState;
  error?: string;
}

/**
 * A message (or a few) pasted from a neighbourhood chat group, and below it what Loket will keep of it: the members'
 * names replaced by "groepslid 1, 2, …", their numbers gone, the time it was written. The paste is never stored.
 */
export function ChatForwardField({ chatExport, onChatExport, state, error }: Props) {
  const { t, i18n } = useTranslation('report');
  const when = new Intl.DateTimeFormat(currentLanguage(i18n) === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
  const problem = state.problem ? t(`chat.problems.${state.problem}`) : undefined;
  return (
    <div className="loket-stack">
      <FormFieldTextarea
        id="chat-export"
        name="chatExport"
        label={t('chat.label')}
        description={t('chat.hint')}
        value={chatExport}
        rows={6}
        maxLength={20_000}
        required
        invalid={!!(error ?? problem)}
        errorMessage={error ?? problem}
        onChange={(event) => onChatExport(event.target.value)}
      />
      <div aria-live="polite" data-testid="chat-preview">
        {state.preview && !state.pending && (
          <section aria-labelledby="chat-preview-heading" className="loket-stack">
            <Heading3 id="chat-preview-heading">{t('chat.previewHeading')}</Heading3>
            <blockquote className="loket-message">{state.preview.description}</blockquote>
            <Paragraph small>
              {t('chat.previewFacts', {
                when: when.format(new Date(state.preview.observedAt)),
                count: state.preview.messages,
                members: state.preview.members,
              })}
            </Paragraph>
          </section>
        )}
      </div>
    </div>
  );
}
