import { graphql } from '../gql';

export const WORKING_DAY_CALENDAR = graphql(`
  query WorkingDayCalendarYear($year: Int!) {
    workingDayCalendar(year: $year) {
      year
      loaded
      source
      note
      loadedAt
      workingDayCount
      holidays {
        date
        kind
        name
      }
      workingWeekendDays {
        date
        kind
        name
      }
    }
  }
`);

export const LOAD_WORKING_DAY_CALENDAR = graphql(`
  mutation LoadWorkingDayCalendar($input: LoadWorkingDayCalendarInput!) {
    loadWorkingDayCalendar(input: $input) {
      year
      loaded
      workingDayCount
    }
  }
`);
