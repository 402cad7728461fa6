// Every page of the journey, loaded together as its chunk (see app/journey.ts).
export { default as ExplorerPage } from './ExplorerPage';
export { default as CaughtMailPage } from './CaughtMailPage';
