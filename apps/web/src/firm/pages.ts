// Every page of the journey, loaded together as its chunk with its texts (see app/journey.ts).
import { addTexts } from '../i18n';
import { en, zh } from './texts';

addTexts({ 'zh-CN': { firm: zh }, en: { firm: en } });

export { default as AssetsPage } from './AssetsPage';
export { default as BankAnswersPage } from './BankAnswersPage';
export { default as BundlesPage } from './BundlesPage';
export { default as MatchesPage } from './MatchesPage';
export { default as NeedPage } from './NeedPage';
export { default as NeedsPage } from './NeedsPage';
export { default as RevenuePage } from './RevenuePage';
export { default as ValuationsPage } from './ValuationsPage';
