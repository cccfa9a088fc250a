import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../auth/auth';
import { Language } from '../i18n/i18n';
import { Loading } from './Loading';

/** The frame of every page: skip link, header with navigation, language and sign-in, the page, the footer. */
export function Layout() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const other: Language = i18n.resolvedLanguage === 'en' ? 'nl' : 'en';
  return (
    <div className="loket-page">
      <a className="utrecht-link loket-skip-link" href="#inhoud">
        {t('skipToContent')}
      </a>
      <header className="loket-header">
        <div className="loket-header__bar">
          <NavLink to="/" className="loket-header__brand">
            {t('appName')}
          </NavLink>
          <nav aria-label={t('nav.label')} className="loket-header__tools">
            <NavLink to="/" className="utrecht-link" end>
              {t('nav.report')}
            </NavLink>
            <NavLink to="/volgen" className="utrecht-link">
              {t('nav.track')}
            </NavLink>
            <NavLink to="/kaart" className="utrecht-link">
              {t('nav.map')}
            </NavLink>
            <NavLink to="/mijn-buurt" className="utrecht-link">
              {t('nav.myNeighbourhood')}
            </NavLink>
            {auth.person && (
              <NavLink to="/mijn-meldingen" className="utrecht-link">
                {t('nav.myReports')}
              </NavLink>
            )}
          </nav>
          <div className="loket-header__tools">
            <Button appearance="secondary-action-button" lang={other} aria-label={t('language.switchLabel')} onClick={() => void i18n.changeLanguage(other)}>
              {t('language.switchTo')}
            </Button>
            {auth.person ? (
              <>
                <span data-testid="signed-in">
                  {t('auth.signedInAs', { name: auth.person.name })} <span className="loket-tier">{t(`auth.tier.${auth.person.tier}`)}</span>
                </span>
                <Button appearance="secondary-action-button" onClick={() => void auth.signOut()}>
                  {t('auth.signOut')}
                </Button>
              </>
            ) : (
              <Button appearance="secondary-action-button" disabled={auth.loading} onClick={() => void auth.signIn()}>
                {t('auth.signIn')}
              </Button>
            )}
          </div>
        </div>
      </header>
      <main id="inhoud" className="loket-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="loket-footer">
        <Paragraph small>
          {t('footer.privacy')}{' '}
          <NavLink to="/privacy" className="utrecht-link">
            {t('footer.privacyLink')}
          </NavLink>
        </Paragraph>
        <Paragraph small>{t('footer.about')}</Paragraph>
      </footer>
    </div>
  );
}
