import { Button, Paragraph } from '@utrecht/component-library-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useAuth } from '../auth/auth';
import { hasRole, usePrincipal } from './session';
import './werkbank.css';

/**
 * The desk's frame inside the loket's page: what this person's roles offer (the services still decide every
 * request). Signed out, it asks to sign in and comes back here.
 */
export function WerkbankLayout() {
  const { t } = useTranslation('werkbank');
  const auth = useAuth();
  const principal = usePrincipal();
  if (!principal) {
    return (
      <>
        <Paragraph>{t('nav.signInFirst')}</Paragraph>
        <Button appearance="primary-action-button" disabled={auth.loading} onClick={() => void auth.signIn()}>
          {t('nav.signIn')}
        </Button>
      </>
    );
  }
  const links: [string, string, boolean][] = [
    ['/werkbank/queues/team', 'nav.queues', hasRole(principal, 'professional', 'coordinator')],
    ['/werkbank/triage', 'nav.triage', hasRole(principal, 'coordinator')],
    ['/werkbank/insights', 'nav.insights', hasRole(principal, 'coordinator', 'admin')],
    ['/werkbank/balie', 'nav.desk', hasRole(principal, 'desk')],
    ['/beheer/disclosure', 'nav.disclosure', hasRole(principal, 'admin')],
    ['/beheer/templates', 'nav.templates', hasRole(principal, 'admin')],
    ['/beheer/replies', 'nav.replies', hasRole(principal, 'admin')],
    ['/beheer/policies', 'nav.policies', hasRole(principal, 'admin', 'coordinator')],
    ['/beheer/categories', 'nav.categories', hasRole(principal, 'admin')],
    ['/beheer/audit', 'nav.audit', hasRole(principal, 'admin')],
    ['/beheer/areas', 'nav.areas', hasRole(principal, 'admin', 'coordinator')],
    ['/beheer/webhooks', 'nav.webhooks', hasRole(principal, 'admin')],
    ['/beheer/koppelmodellen', 'nav.linkingModels', hasRole(principal, 'admin')],
    ['/beheer/suggestiemodellen', 'nav.categoryModels', hasRole(principal, 'admin')],
  ];
  return (
    <div className="werkbank">
      <nav aria-label={t('nav.label')} className="werkbank-nav">
        {links
          .filter(([, , shown]) => shown)
          .map(([to, key]) => (
            <NavLink key={to} to={to} className="utrecht-link">
              {t(key)}
            </NavLink>
          ))}
      </nav>
      <Suspense fallback={<Paragraph>{t('loading')}</Paragraph>}>
        <Outlet />
      </Suspense>
    </div>
  );
}
