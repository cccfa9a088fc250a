import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormField, FormFieldDescription, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { checkPhotos, MAX_PHOTOS, PhotoProblem } from './photo-checks';

/** Up to three photos, checked for size and content in the browser before they are sent (intake checks again). */
export function PhotoPicker({ photos, onPhotos }: { photos: File[]; onPhotos(photos: File[]): void }) {
  const { t } = useTranslation('report');
  const [problems, setProblems] = useState<PhotoProblem[]>([]);
  const say = (p: PhotoProblem) =>
    p.reason === 'too-many' ? t('photos.tooMany') : t(p.reason === 'too-large' ? 'photos.tooLarge' : 'photos.notAnImage', { file: p.file });
  return (
    <section aria-labelledby="photos-heading" className="loket-stack">
      <Heading2 id="photos-heading">{t('photos.heading')}</Heading2>
      <FormField type="text">
        <FormLabel htmlFor="photos">{t('photos.label')}</FormLabel>
        <FormFieldDescription id="photos-description">{t('photos.description')}</FormFieldDescription>
        <input
          id="photos"
          type="file"
          accept="image/jpeg,image/png,image/heic,image/heif"
          multiple
          aria-describedby="photos-description"
          disabled={photos.length >= MAX_PHOTOS}
          onChange={(event) => {
            const input = event.target;
            const picked = Array.from(input.files ?? []);
            input.value = '';
            void checkPhotos(photos, picked).then(({ accepted, problems: found }) => {
              setProblems(found);
              onPhotos(accepted);
            });
          }}
        />
      </FormField>
      <div aria-live="assertive" data-testid="photo-problems">
        {problems.map((p, i) => (
          <Paragraph key={i} className="utrecht-form-field-error-message" role="alert">
            {say(p)}
          </Paragraph>
        ))}
      </div>
      {photos.length > 0 && (
        <ul className="loket-suggestions">
          {photos.map((photo, index) => (
            <li key={`${photo.name}-${index}`}>
              <Button appearance="subtle-button" onClick={() => onPhotos(photos.filter((_, i) => i !== index))}>
                {t('photos.remove', { name: photo.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
