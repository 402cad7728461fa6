// Every page of the journey, loaded together as its chunk with its texts (see app/journey.ts).
import { addTexts } from '../i18n';
import { en, zh } from './texts';

addTexts({ 'zh-CN': { calendar: zh }, en: { calendar: en } });

export { default as CalendarPage } from './CalendarPage';
