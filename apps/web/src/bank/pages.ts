// Every page of the journey, loaded together as its chunk with its texts (see app/journey.ts).
import { addTexts } from '../i18n';
import { en, zh } from './texts';

addTexts({ 'zh-CN': { bank: zh }, en: { bank: en } });

export { default as InboxPage } from './InboxPage';
export { default as FirmPage } from './FirmPage';
export { default as NeedLibraryPage } from './NeedLibraryPage';
export { default as ProductsPage } from './ProductsPage';
export { default as ProductEditPage } from './ProductEditPage';
export { default as WebhookPage } from './WebhookPage';
