import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { JourneyTexts } from '../app/journey';
import { JOURNEYS } from '../app/journeys';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'zhirong.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'zh-CN';
}

/** The common texts and every journey's navigation texts, each journey under its name (`firm.nav.assets`). */
export function messages(language: Language): Record<string, unknown> {
  const common: Record<string, unknown> = language === 'en' ? en : zhCN;
  return Object.assign({}, common, ...JOURNEYS.map((j) => j.texts[language]));
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: messages('zh-CN') }, en: { translation: messages('en') } },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

/**
 * Adds a journey's page texts when its chunk loads (its `texts.ts`, imported by its
 * pages.ts), so the sign-in page does not carry every journey's words.
 */
export function addTexts(texts: JourneyTexts): void {
  for (const language of LANGUAGES) i18n.addResourceBundle(language, 'translation', texts[language], true, true);
}

export function switchLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export default i18n;
