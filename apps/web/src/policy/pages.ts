// Every page of the journey, loaded together as its chunk with its texts (see app/journey.ts).
import { addTexts } from '../i18n';
import { en, zh } from './texts';

addTexts({ 'zh-CN': { policy: zh }, en: { policy: en } });

export { default as PoliciesPage } from './PoliciesPage';
export { default as PolicyPage } from './PolicyPage';
export { default as PolicyVersionPage } from './PolicyVersionPage';
