// Every page of the journey, loaded together as its chunk with its texts (see app/journey.ts).
// The loan page shows the pledge registration panel, so the pledges texts come along.
import { addTexts } from '../i18n';
import { en as pledgesEn, zh as pledgesZh } from '../pledges/texts';
import { en, zh } from './texts';

addTexts({ 'zh-CN': { loans: zh, pledges: pledgesZh }, en: { loans: en, pledges: pledgesEn } });

export { default as ApplicationsPage } from './ApplicationsPage';
export { default as ApplicationPage } from './ApplicationPage';
export { default as ApplyPage } from './ApplyPage';
export { default as LoansPage } from './LoansPage';
export { default as LoanPage } from './LoanPage';
