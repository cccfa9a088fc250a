import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { ApiProblem } from '../api/http';
import { neighbourhoodDigest } from '../api/neighbourhood-digest';
import { Loading } from '../app/Loading';
import { ProblemMessage } from '../app/ProblemMessage';
import { useDocumentTitle } from '../app/useDocumentTitle';

/**
 * Where a digest's "stop with one click" link lands: it stops the digest as the page opens (the click in the e-mail
 * was the one click) and says so. The link itself (a GET) never stops anything, so link scanners cannot.
 */
export default function DigestUnsubscribePage() {
  const { t } = useTranslation('neighbourhood');
  useDocumentTitle(t('unsubscribe.title'));
  const { token = '' } = useParams();
  const stop = useMutation({ mutationFn: () => neighbourhoodDigest.unsubscribeByToken(token) });
  const { mutate } = stop;
  useEffect(() => mutate(), [mutate]);
  const unknown = stop.error instanceof ApiProblem && stop.error.status === 404;
  return (
    <div className="loket-stack">
      <Heading1>{t('unsubscribe.title')}</Heading1>
      {stop.isPending && <Loading />}
      {stop.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t('unsubscribe.done')}</Paragraph>
        </Alert>
      )}
      {unknown && (
        <Alert type="info" role="status">
          <Paragraph>{t('unsubscribe.unknown')}</Paragraph>
        </Alert>
      )}
      {stop.isError && !unknown && <ProblemMessage error={stop.error} />}
      <Paragraph>
        <Link to="/mijn-buurt" className="utrecht-link">
          {t('unsubscribe.again')}
        </Link>
      </Paragraph>
    </div>
  );
}
