// Every page of the journey, loaded together as its chunk (see app/journey.ts).
export { default as MarketPage } from './MarketPage';
