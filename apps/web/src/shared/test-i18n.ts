import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from '../i18n/zh-CN';

/** i18n for component tests: the common texts and a journey's own (`{ firm: zh }`), in Chinese. */
export function initTestI18n(journeyTexts: Record<string, unknown> = {}) {
  return i18n.use(initReactI18next).init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: { ...zhCN, ...journeyTexts } } } });
}
