// Every page of the journey, loaded together as its chunk with its texts (see app/journey.ts).
import { addTexts } from '../i18n';
import { en, zh } from './texts';

addTexts({ 'zh-CN': { office: zh }, en: { office: en } });

export { default as ScreeningPage } from './ScreeningPage';
export { default as BatchesPage } from './BatchesPage';
export { default as BatchPage } from './BatchPage';
export { default as AnswersPage } from './AnswersPage';
export { default as FirmsPage } from './FirmsPage';
export { default as AuditLogPage } from './AuditLogPage';
