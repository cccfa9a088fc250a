import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKBENCH } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';

interface Props {
  caseId: string;
  reportId: string;
  photo: { photoId: string; width?: number; height?: number };
  alt: string;
}

/**
 * A report's photo, fetched with the professional's token as a blob and shown from a local object URL: the
 * image never has a URL that works without the token, and is not kept in the browser's cache (no-store).
 */
export function ReportPhoto({ caseId, reportId, photo, alt }: Props) {
  const { t } = useTranslation('werkbank');
  const api = useApi();
  const image = useQuery({
    queryKey: ['case', caseId, 'photo', reportId, photo.photoId],
    queryFn: () => api.download(`${WORKBENCH}/cases/${caseId}/reports/${reportId}/photos/${photo.photoId}`, 'image/jpeg, image/png'),
    retry: false,
    staleTime: Infinity,
  });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!image.data) return;
    const local = URL.createObjectURL(image.data);
    setUrl(local);
    return () => URL.revokeObjectURL(local);
  }, [image.data]);
  if (image.error) return <ProblemAlert error={image.error} />;
  if (!url) return <span className="werkbank-photo werkbank-photo--loading" role="status">{t('case.photoLoading')}</span>;
  return (
    <a href={url} target="_blank" rel="noreferrer" className="werkbank-photo">
      <img src={url} alt={alt} width={photo.width} height={photo.height} data-testid="report-photo" />
    </a>
  );
}
