import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from './auth';

/** Where Keycloak sends the browser back after signing in: finish the code exchange, then go where we were. */
export function SignInCallback() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    auth.completeSignIn().then(
      (returnTo) => navigate(returnTo, { replace: true }),
      () => setFailed(true),
    );
  }, [auth, navigate]);
  return failed ? (
    <Alert type="error" role="alert">
      <Paragraph>{t('auth.failed')}</Paragraph>
    </Alert>
  ) : (
    <Paragraph role="status">{t('auth.completing')}</Paragraph>
  );
}
