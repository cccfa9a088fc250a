import { QueryClientProvider } from '@tanstack/react-query';
import { render, RenderResult } from '@testing-library/react';
import { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../app/App';
import { Language, startI18n } from '../i18n/i18n';

/** Renders a component as the app would (translations, query cache, router), in the given language. */
export async function renderWithLoket(ui: ReactElement, options: { language?: Language; path?: string } = {}): Promise<RenderResult> {
  const i18n = await startI18n(options.language ?? 'nl');
  await i18n.loadNamespaces(['common', 'report', 'track']);
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[options.path ?? '/']}>{ui}</MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
