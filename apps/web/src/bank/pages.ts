// Every page of the journey, loaded together as its chunk with its texts (see app/journey.ts).
import './texts';

export { default as NeedLibraryPage } from './NeedLibraryPage';
