// Every page of the journey, loaded together as its chunk with its texts (see app/journey.ts).
import { addTexts } from '../i18n';
import { en, zh } from './texts';

addTexts({ 'zh-CN': { subsidies: zh }, en: { subsidies: en } });

export { default as FirmSubsidiesPage } from './FirmSubsidiesPage';
export { default as SubsidyApprovalsPage } from './SubsidyApprovalsPage';
export { default as CompensationPage } from './CompensationPage';
export { default as RewardsPage } from './RewardsPage';
