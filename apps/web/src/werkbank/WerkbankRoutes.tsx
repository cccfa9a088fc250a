import { Navigate, Route, Routes } from 'react-router';
import { CasePage } from '../cases/CasePage';
import { InsightsPage } from '../insights/InsightsPage';
import { QueuePage } from '../queues/QueuePage';
import { TriageCasePage } from '../triage/TriageCasePage';
import { TriagePage } from '../triage/TriagePage';
import { WerkbankLayout } from './WerkbankLayout';

/** /werkbank: professionals' queues and case files, coordinators' triage, insights. Its own chunk. */
export default function WerkbankRoutes() {
  return (
    <Routes>
      <Route element={<WerkbankLayout />}>
        <Route index element={<Navigate to="queues/team" replace />} />
        <Route path="queues/:queue" element={<QueuePage />} />
        <Route path="cases/:caseId" element={<CasePage />} />
        <Route path="triage" element={<TriagePage />} />
        <Route path="triage/:caseId" element={<TriageCasePage />} />
        <Route path="insights" element={<InsightsPage />} />
      </Route>
    </Routes>
  );
}
