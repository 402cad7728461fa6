// Every page of the journey, loaded together as its chunk with its texts (see app/journey.ts).
import { addTexts } from '../i18n';
import { en, zh } from './texts';

addTexts({ 'zh-CN': { events: zh }, en: { events: en } });

export { default as EventsPage } from './EventsPage';
export { default as EventEditPage } from './EventEditPage';
export { default as EventPage } from './EventPage';
export { default as RegistrationsPage } from './RegistrationsPage';
export { default as SchedulePage } from './SchedulePage';
export { EventMeetingsPage, MyMeetingsPage } from './MeetingsPage';
export { default as SurveyPage } from './SurveyPage';
export { default as ReportPage } from './ReportPage';
