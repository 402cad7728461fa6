import { graphql } from '../gql';

export const FINANCING_STATISTICS = graphql(`
  query FinancingStatistics($filter: StatisticsFilter!) {
    financingStatistics(filter: $filter) {
      from
      to
      asOf
      source
      csvPath
      totals {
        ...StatisticsFigures
      }
      previousYear {
        newLoanCount
        newLoanAmount {
          amountFen
        }
      }
      yearOnYear {
        countGrowthBp
        amountGrowthBp
        targetBp
        countMeetsTarget
        amountMeetsTarget
      }
      groups {
        key
        label
        figures {
          ...StatisticsFigures
        }
        yearOnYear {
          countGrowthBp
          amountGrowthBp
          amountMeetsTarget
        }
      }
      satisfaction {
        responses
        averageRating
      }
    }
  }

  fragment StatisticsFigures on FinancingFigures {
    newLoanCount
    newLoanAmount {
      amountFen
    }
    customers
    balance {
      amountFen
    }
    nonPerformingBalance {
      amountFen
    }
    nplRatioBp
    averagePledgeRateBp
    pledgedPatents
    implementedPatents
    implementationRateBp
  }
`);
