import { Alert, Button, ButtonGroup, FormField, FormLabel, Heading1, Heading2, Heading3, Paragraph, Select, SelectOption, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useRuntimeConfig } from '../config/runtime-config';
import { ROUTING } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { hasRole, useApi, usePrincipal } from '../werkbank/session';
import { type AreaFeatureCollection, type AreaPreview, type MapShape, overlapMarkers, previewShapes, problemsByFeature, readGeoJsonFile } from './area-upload';

const AreasMap = lazy(() => import('./AreasMap'));

/**
 * Areas: the neighbourhoods in force on a map and in a table (the table is the map's accessible twin); an
 * administrator uploads a GeoJSON FeatureCollection, sees it on a map with each problem marked and listed by
 * feature, and publishes it once it has none (the service checks again and decides).
 */
export function AreasPage() {
  const { t } = useTranslation('beheer');
  useDocumentTitle(t('areas.title'));
  const api = useApi();
  const client = useQueryClient();
  const config = useRuntimeConfig();
  const isAdmin = hasRole(usePrincipal(), 'admin');
  const inForce = useQuery({ queryKey: ['areas', 'in-force'], queryFn: () => api.get<AreaFeatureCollection>(`${ROUTING}/areas/feature-collection`) });
  const [upload, setUpload] = useState<{ name: string; json: unknown } | null>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [kind, setKind] = useState('');
  const query = kind ? `?kind=${kind}` : '';
  const preview = useMutation({ mutationFn: (json: unknown) => api.send<AreaPreview>('POST', `${ROUTING}/areas/preview${query}`, json) });
  const publish = useMutation({
    mutationFn: (json: unknown) => api.send<{ imported: number; created: string[]; updated: string[] }>('POST', `${ROUTING}/areas/import${query}`, json),
    onSuccess: () => {
      preview.reset();
      setUpload(null);
      void client.invalidateQueries({ queryKey: ['areas'] });
    },
  });
  const inForceShapes = useMemo<MapShape[]>(() => (inForce.data?.features ?? []).map((f) => ({ key: f.id, label: f.properties.name, problem: false, geometry: f.geometry })), [inForce.data]);
  const shapes = useMemo(() => (preview.data ? previewShapes(preview.data) : []), [preview.data]);
  const markers = useMemo(() => (preview.data ? overlapMarkers(preview.data) : []), [preview.data]);
  const mapProps = { center: config.map.center, zoom: config.map.zoom, tileUrl: config.map.tileUrl, attribution: config.map.attribution };

  const choose = async (file: File | undefined) => {
    preview.reset();
    publish.reset();
    setUpload(null);
    setUnreadable(null);
    if (!file) return;
    const read = await readGeoJsonFile(file);
    if (!read.ok) return setUnreadable(read.message);
    setUpload({ name: file.name, json: read.json });
    preview.mutate(read.json);
  };

  return (
    <>
      <Heading1>{t('areas.title')}</Heading1>
      {isAdmin && (
        <section aria-labelledby="areas-upload-heading">
          <Heading2 id="areas-upload-heading">{t('areas.upload.title')}</Heading2>
          <Paragraph>{t('areas.upload.intro')}</Paragraph>
          <FormField type="select">
            <FormLabel htmlFor="areas-kind">{t('areas.upload.kind')}</FormLabel>
            <Select id="areas-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              <SelectOption value="">{t('areas.upload.kindFromFile')}</SelectOption>
              {['buurt', 'wijk', 'custom'].map((k) => (
                <SelectOption key={k} value={k}>
                  {t(`areas.kind.${k}`)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor="areas-file">{t('areas.upload.file')}</FormLabel>
            <input id="areas-file" className="utrecht-textbox" type="file" accept=".geojson,.json,application/geo+json,application/json" onChange={(e) => void choose(e.target.files?.[0])} />
          </FormField>
          {unreadable && (
            <Alert type="error" role="alert">
              <Paragraph>{t('areas.upload.unreadable', { reason: unreadable })}</Paragraph>
            </Alert>
          )}
          <ProblemAlert error={preview.error ?? publish.error} />
          {preview.isPending && <Paragraph role="status">{t('areas.upload.checking')}</Paragraph>}
          {preview.data && upload && (
            <section aria-labelledby="areas-preview-heading" data-testid="areas-preview">
              <Heading3 id="areas-preview-heading">{t('areas.preview.title', { file: upload.name, count: preview.data.features.length })}</Heading3>
              <Paragraph role="status">
                {preview.data.publishable ? t('areas.preview.publishable', { count: preview.data.features.length }) : t('areas.preview.problems', { count: preview.data.problems.length })}
              </Paragraph>
              <Suspense fallback={<div className="loket-map"><Paragraph>{t('loading')}</Paragraph></div>}>
                <AreasMap {...mapProps} shapes={shapes} markers={markers} label={t('areas.preview.map')} testId="areas-preview-map" />
              </Suspense>
              <Paragraph small>{t('areas.preview.legend')}</Paragraph>
              {problemsByFeature(preview.data).map(({ feature, problems }) => (
                <div key={feature?.index ?? 'upload'} data-feature={feature?.id ?? ''}>
                  <Heading3>{feature ? t('areas.preview.feature', { n: feature.index + 1, name: feature.name ?? t('areas.preview.unnamed'), id: feature.id ?? '—' }) : t('areas.preview.upload')}</Heading3>
                  <UnorderedList>
                    {problems.map((p) => (
                      <UnorderedListItem key={p.code + p.message} className="werkbank-issue werkbank-issue--error">
                        {t(`areas.problem.${p.code}`, { defaultValue: p.code })}: {p.message}
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                </div>
              ))}
              <ButtonGroup>
                <Button appearance="primary-action-button" disabled={!preview.data.publishable || publish.isPending} onClick={() => publish.mutate(upload.json)}>
                  {t('areas.publish', { count: preview.data.features.length })}
                </Button>
              </ButtonGroup>
            </section>
          )}
          {publish.data && (
            <Alert type="ok" role="status">
              <Paragraph>{t('areas.published', { created: publish.data.created.length, updated: publish.data.updated.length })}</Paragraph>
            </Alert>
          )}
        </section>
      )}
      <section aria-labelledby="areas-in-force-heading">
        <Heading2 id="areas-in-force-heading">{t('areas.inForce.title', { count: inForceShapes.length })}</Heading2>
        <ProblemAlert error={inForce.error} />
        <Suspense fallback={<div className="loket-map"><Paragraph>{t('loading')}</Paragraph></div>}>
          <AreasMap {...mapProps} shapes={inForceShapes} label={t('areas.inForce.map')} testId="areas-in-force-map" />
        </Suspense>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('areas.inForce.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('areas.inForce.code')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('areas.inForce.kind')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(inForce.data?.features ?? []).map((f) => (
              <TableRow key={f.id} data-area={f.id}>
                <TableCell>{f.properties.name}</TableCell>
                <TableCell>{f.id}</TableCell>
                <TableCell>{t(`areas.kind.${f.properties.kind}`, { defaultValue: f.properties.kind })}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </>
  );
}
