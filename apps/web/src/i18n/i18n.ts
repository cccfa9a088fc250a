import i18next, { BackendModule, i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * Every text a person reads comes from src/i18n/<language>/<namespace>.json: one namespace per area
 * (`common`, `report`, `track`, ...; add a file pair for a new area, nothing else). Namespaces load when a page
 * first needs them, so the first page carries only its own texts.
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'loket.language';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json');

const lazyFiles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, done) {
    const load = files[`./${language}/${namespace}.json`];
    if (!load) return done(new Error(`no translations ${language}/${namespace}`), null);
    load().then((module) => done(null, module.default), (error: Error) => done(error, null));
  },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Starts the translations with `common` and, loaded at once beside it, the namespaces of the page's area. */
export async function startI18n(language: Language | undefined = storedLanguage(), namespaces: readonly string[] = []): Promise<I18n> {
  const i18n = i18next.createInstance();
  await i18n
    .use(lazyFiles)
    .use(initReactI18next)
    .init({
      lng: language ?? 'nl',
      fallbackLng: 'nl',
      supportedLngs: [...LANGUAGES],
      ns: ['common', ...namespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (next) => {
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  });
  return i18n;
}

/** The language of the page as Loket's APIs name it. */
export function currentLanguage(i18n: I18n): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
}
