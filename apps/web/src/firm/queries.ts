import { gql, TypedDocumentNode } from '@apollo/client';

export interface MyAsset {
  id: string;
  number: string;
  title: string;
  type: string;
  legalStatus: string;
  pledgeStatus: string;
  expiresOn: string | null;
  latestValuation: { value: { amountFen: string } } | null;
}

export interface MyAssetsData {
  ipAssets: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: MyAsset }[] };
}

export const MY_ASSETS: TypedDocumentNode<MyAssetsData, { after?: string }> = gql`
  query MyAssets($after: String) {
    ipAssets(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          title
          type
          legalStatus
          pledgeStatus
          expiresOn
          latestValuation {
            value {
              amountFen
            }
          }
        }
      }
    }
  }
`;
