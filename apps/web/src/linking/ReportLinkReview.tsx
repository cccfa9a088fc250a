import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { knownProblemType } from '../werkbank/api-problem';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { formatDecimal } from './proportion';
import { CONFIRM_LINK_PROBLEMS, linkReviewOf, type ReportLink } from './report-link';
import { useConfirmLink } from './use-report-links';

interface Props {
  caseId: string;
  reportId: string;
  link: ReportLink | null | undefined;
  /** The id of the element that names the report, so each "the link is right" button says which report it is about. */
  reportLabelId: string;
}

/**
 * Under a report that joined its case by an automatic link: why it was linked, and "the link is right" for the
 * coordinator to confirm it (what routing learns from), or that it was confirmed. Nothing for other reports.
 */
export function ReportLinkReview({ caseId, reportId, link, reportLabelId }: Props) {
  const { t, i18n } = useTranslation('werkbank');
  const confirm = useConfirmLink(caseId, reportId);
  const review = linkReviewOf(link);
  if (review === 'none' || !link) return null;
  return (
    <div className="werkbank-link-review" data-testid={`link-review-${reportId}`}>
      <Paragraph>
        {t('linking.review.automatic', {
          score: formatDecimal(link.score, i18n.language),
          explanation: link.explanation,
        })}{' '}
        <span aria-live="polite">
          {review === 'confirmed' && <strong>{t('linking.review.confirmed')}</strong>}
        </span>
      </Paragraph>
      {review === 'to-confirm' && (
        <Button
          appearance="secondary-action-button"
          aria-describedby={reportLabelId}
          disabled={confirm.isPending}
          onClick={() => confirm.mutate()}
        >
          {t('linking.review.confirm')}
        </Button>
      )}
      <ProblemAlert
        error={confirm.error}
        explain={(problem) => {
          const type = knownProblemType(problem, CONFIRM_LINK_PROBLEMS);
          return type && t(`linking.review.problem.${type}`);
        }}
      />
    </div>
  );
}
