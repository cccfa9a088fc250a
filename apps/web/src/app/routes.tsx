import { lazy } from 'react';
import { RouteObject } from 'react-router';
import { SignInCallback } from '../auth/SignInCallback';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

// Each area is its own chunk, loaded when first visited, so the first page stays small.
// Another area (e.g. /werkbank, /beheer) adds its routes here, its folder under src/ and its i18n namespace.
const ReportPage = lazy(() => import('../report/ReportPage'));
const TrackPage = lazy(() => import('../track/TrackPage'));
const ReporterLinkPage = lazy(() => import('../track/ReporterLinkPage'));
const loadWerkbank = () => import('../werkbank/WerkbankRoutes');
const loadBeheer = () => import('../werkbank/BeheerRoutes');
const WerkbankRoutes = lazy(loadWerkbank);
const BeheerRoutes = lazy(loadBeheer);

/**
 * A page opened straight at the desk or the console (a bookmark, a reload, a sign-in's return) starts loading
 * its area's chunk beside the runtime config, instead of after the first render asked for it (the lazy route
 * then finds it loaded). Answers the area's translation namespaces, to be loaded at once as well.
 */
export function preloadArea(path: string): string[] {
  if (path.startsWith('/werkbank')) {
    void loadWerkbank();
    return ['werkbank'];
  }
  if (path.startsWith('/beheer')) {
    void loadBeheer();
    return ['werkbank', 'beheer'];
  }
  return [];
}
const PublicMapPage = lazy(() => import('../public-map/PublicMapPage'));
const MyNeighbourhoodPage = lazy(() => import('../neighbourhood/MyNeighbourhoodPage'));
const DigestUnsubscribePage = lazy(() => import('../neighbourhood/DigestUnsubscribePage'));
const MyReportsPage = lazy(() => import('../my-reports/MyReportsPage'));
const MyReportPage = lazy(() => import('../my-reports/MyReportPage'));
const PrivacyPage = lazy(() => import('../privacy/PrivacyPage'));
const CompleteReportPage = lazy(() => import('../complete-report/CompleteReportPage'));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <ReportPage /> },
      { path: 'volgen', element: <TrackPage /> },
      { path: 'volgen/:trackingCode', element: <TrackPage /> },
      { path: 'mijn-melding/:token', element: <ReporterLinkPage /> },
      { path: 'melding-aanvullen/:token', element: <CompleteReportPage /> },
      { path: 'kaart', element: <PublicMapPage /> },
      { path: 'mijn-buurt', element: <MyNeighbourhoodPage /> },
      { path: 'buurtoverzicht/afmelden/:token', element: <DigestUnsubscribePage /> },
      { path: 'mijn-meldingen', element: <MyReportsPage /> },
      { path: 'mijn-meldingen/:reportId', element: <MyReportPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      { path: 'aanmelden/terug', element: <SignInCallback /> },
      { path: 'werkbank/*', element: <WerkbankRoutes /> },
      { path: 'beheer/*', element: <BeheerRoutes /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];
