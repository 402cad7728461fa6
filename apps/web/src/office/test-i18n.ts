import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from '../i18n/zh-CN';
import { zh } from './texts';

/** i18n for the journey's component tests: the common texts and the office's, in Chinese. */
export function initOfficeI18n() {
  return i18n.use(initReactI18next).init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: { ...zhCN, office: zh } } } });
}
