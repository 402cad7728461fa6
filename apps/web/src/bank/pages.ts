// Every page of the journey, loaded together as its chunk (see app/journey.ts).
export { default as InboxPage } from './InboxPage';
export { default as FirmPage } from './FirmPage';
export { default as NeedLibraryPage } from './NeedLibraryPage';
export { default as ProductsPage } from './ProductsPage';
export { default as ProductEditPage } from './ProductEditPage';
export { default as WebhookPage } from './WebhookPage';
