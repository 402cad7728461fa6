// Every page of the journey, loaded together as its chunk with its texts (see app/journey.ts).
import { addTexts } from '../i18n';
import { inboxTexts } from './texts';

addTexts(inboxTexts);

export { default as InboxPage } from './InboxPage';
