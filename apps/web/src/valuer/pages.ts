// Every page of the journey, loaded together as its chunk with its texts (see app/journey.ts).
import { addTexts } from '../i18n';
import { valuerTexts } from './texts';

addTexts(valuerTexts);

export { default as AppraisalPage } from './AppraisalPage';
export { default as EngagementsPage } from './EngagementsPage';
