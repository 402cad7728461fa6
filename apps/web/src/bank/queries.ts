import { gql, TypedDocumentNode } from '@apollo/client';

export interface PublishedNeed {
  id: string;
  amount: { amountFen: string };
  termMonths: number;
  maxRateBp: number;
  ipTypes: string[];
  industrySection: string;
  industrySectionName: string | null;
  cityName: string;
  publishedAt: string;
  match: { productName: string; score: number } | null;
  myInterest: { id: string; status: string } | null;
}

export interface NeedLibraryData {
  needLibrary: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: PublishedNeed }[] };
}

export const NEED_LIBRARY: TypedDocumentNode<NeedLibraryData, { after?: string }> = gql`
  query NeedLibrary($after: String) {
    needLibrary(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          amount {
            amountFen
          }
          termMonths
          maxRateBp
          ipTypes
          industrySection
          industrySectionName
          cityName
          publishedAt
          match {
            productName
            score
          }
          myInterest {
            id
            status
          }
        }
      }
    }
  }
`;
