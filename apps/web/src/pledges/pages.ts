// Every page of the journey, loaded together as its chunk with its texts (see app/journey.ts).
import { addTexts } from '../i18n';
import { en, zh } from './texts';

addTexts({ 'zh-CN': { pledges: zh }, en: { pledges: en } });

export { default as RegistrationsPage } from './RegistrationsPage';
export { default as AlertsPage } from './AlertsPage';
