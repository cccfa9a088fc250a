import { Heading2, Heading3, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseNote, TimelineEntry } from './case-types';

/** The notes the reader's organisation may see, and the timeline of what happened, newest last. */
export function CaseHistory({ notes, timeline }: { notes: CaseNote[]; timeline: TimelineEntry[] }) {
  const { t, i18n } = useTranslation('werkbank');
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <section aria-labelledby="notes-heading">
        <Heading2 id="notes-heading">{t('case.notes', { count: notes.length })}</Heading2>
        {notes.map((note) => (
          <article key={note.id} className="werkbank-note">
            <Heading3>
              {t(`note.${note.visibility}`)} · {note.author.username} · {date(note.createdAt)}
            </Heading3>
            <Paragraph>{note.text}</Paragraph>
          </article>
        ))}
      </section>
      <section aria-labelledby="timeline-heading">
        <Heading2 id="timeline-heading">{t('case.timeline')}</Heading2>
        <OrderedList>
          {timeline.map((entry, index) => (
            <OrderedListItem key={`${entry.at}-${index}`}>
              {date(entry.at)} · {t(`timeline.${entry.kind}`, { defaultValue: entry.kind })}
              {entry.details['transition'] ? ` (${t(`transition.${String(entry.details['transition'])}`)})` : ''}
              {entry.details['category']
                ? ` · ${t('timeline.category-corrected', { from: String(entry.details['fromCategory'] ?? ''), to: String(entry.details['category']) })}`
                : ''}
              {' · '}
              {entry.actor ? (entry.actor.username ?? entry.actor.subject) : t('case.system')}
            </OrderedListItem>
          ))}
        </OrderedList>
      </section>
    </>
  );
}
