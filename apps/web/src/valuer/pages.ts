// Every page of the journey, loaded together as its chunk (see app/journey.ts).
export { default as AppraisalPage } from './AppraisalPage';
export { default as EngagementsPage } from './EngagementsPage';
