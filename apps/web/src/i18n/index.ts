import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
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

/** The common texts and every journey's own, each journey under its name (`firm.assets.title`). */
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

export function switchLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export default i18n;
