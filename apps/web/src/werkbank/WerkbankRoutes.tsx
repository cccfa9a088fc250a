import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { CasePage } from '../cases/CasePage';
import { InsightsPage } from '../insights/InsightsPage';
import { QueuePage } from '../queues/QueuePage';
import { TriageCasePage } from '../triage/TriageCasePage';
import { TriagePage } from '../triage/TriagePage';
import { hasRole, usePrincipal } from './session';
import { WerkbankLayout } from './WerkbankLayout';

const DeskReportPage = lazy(() => import('../desk/DeskReportPage'));

/** /werkbank: professionals' queues and case files, coordinators' triage, insights, the desk's report form. Its own chunk. */
export default function WerkbankRoutes() {
  return (
    <Routes>
      <Route element={<WerkbankLayout />}>
        <Route index element={<WerkbankHome />} />
        <Route path="queues/:queue" element={<QueuePage />} />
        <Route path="cases/:caseId" element={<CasePage />} />
        <Route path="triage" element={<TriagePage />} />
        <Route path="triage/:caseId" element={<TriageCasePage />} />
        <Route path="insights" element={<InsightsPage />} />
        <Route path="balie" element={<DeskReportPage />} />
      </Route>
    </Routes>
  );
}

/** Where /werkbank opens: the queues, or for someone who only works the desk, the desk's report form. */
function WerkbankHome() {
  const principal = usePrincipal();
  const deskOnly = hasRole(principal, 'desk') && !hasRole(principal, 'professional', 'coordinator', 'admin');
  return <Navigate to={deskOnly ? 'balie' : 'queues/team'} replace />;
}
