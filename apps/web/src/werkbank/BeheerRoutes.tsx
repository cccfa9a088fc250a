import { Navigate, Route, Routes } from 'react-router';
import { AreasPage } from '../areas/AreasPage';
import { AuditLogPage } from '../audit/AuditLogPage';
import { CategoriesPage } from '../categories/CategoriesPage';
import { CategoryModelsPage } from '../categories/CategoryModelsPage';
import { MatrixPage } from '../disclosure/MatrixPage';
import { TemplatesPage } from '../disclosure/TemplatesPage';
import { LinkingModelsPage } from '../linking/LinkingModelsPage';
import { PolicyEditorPage } from '../policies/PolicyEditorPage';
import { RepliesPage } from '../replies/RepliesPage';
import { WebhooksPage } from '../webhooks/WebhooksPage';
import { WerkbankLayout } from './WerkbankLayout';

/** /beheer: the administrators' console (disclosure policy, ready-made replies, routing policy, categories and their questions, audit log, webhooks, linking models). Its own chunk. */
export default function BeheerRoutes() {
  return (
    <Routes>
      <Route element={<WerkbankLayout />}>
        <Route index element={<Navigate to="disclosure" replace />} />
        <Route path="disclosure" element={<MatrixPage />} />
        <Route path="templates" element={<TemplatesPage />} />
        <Route path="replies" element={<RepliesPage />} />
        <Route path="policies" element={<PolicyEditorPage />} />
        <Route path="categories" element={<CategoriesPage />} />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="areas" element={<AreasPage />} />
        <Route path="webhooks" element={<WebhooksPage />} />
        <Route path="koppelmodellen" element={<LinkingModelsPage />} />
        <Route path="suggestiemodellen" element={<CategoryModelsPage />} />
      </Route>
    </Routes>
  );
}
