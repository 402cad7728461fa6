// Every page of the journey, loaded together as its chunk (see app/journey.ts).
export { default as ScreeningPage } from './ScreeningPage';
export { default as BatchesPage } from './BatchesPage';
export { default as BatchPage } from './BatchPage';
export { default as AnswersPage } from './AnswersPage';
export { default as FirmsPage } from './FirmsPage';
export { default as AuditLogPage } from './AuditLogPage';
