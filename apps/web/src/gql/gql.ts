/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      organization {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresInSeconds\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query NeedLibrary($after: String) {\n    needLibrary(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          amount {\n            amountFen\n          }\n          termMonths\n          maxRateBp\n          ipTypes\n          industrySection\n          industrySectionName\n          cityName\n          publishedAt\n          match {\n            productName\n            score\n          }\n          myInterest {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.NeedLibraryDocument,
    "\n  query MyAssets($after: String) {\n    ipAssets(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          type\n          legalStatus\n          pledgeStatus\n          expiresOn\n          latestValuation {\n            value {\n              amountFen\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyAssetsDocument,
    "\n  query ScreeningRuleSets {\n    screeningRuleSets {\n      id\n      version\n      minScore\n      createdAt\n      criteria {\n        criterion\n        threshold\n        weight\n        required\n      }\n    }\n  }\n": typeof types.ScreeningRuleSetsDocument,
    "\n  mutation DefineScreeningRules($input: DefineScreeningRulesInput!) {\n    defineScreeningRules(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.DefineScreeningRulesDocument,
    "\n  mutation RunWhitelistScreening($ruleSetId: ID) {\n    runWhitelistScreening(input: { ruleSetId: $ruleSetId }) {\n      id\n      version\n    }\n  }\n": typeof types.RunWhitelistScreeningDocument,
    "\n  query WhitelistBatches($after: String) {\n    whitelistBatches(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          status\n          createdAt\n          publishedAt\n          includedCount\n          entryCount\n        }\n      }\n    }\n  }\n": typeof types.WhitelistBatchesDocument,
    "\n  query WhitelistBatch($id: ID!, $offset: Int!, $includedOnly: Boolean!) {\n    whitelistBatch(id: $id) {\n      id\n      version\n      status\n      regionPath\n      createdAt\n      publishedAt\n      entryCount\n      includedCount\n      entries(first: 20, offset: $offset, includedOnly: $includedOnly) {\n        id\n        enterpriseId\n        enterpriseName\n        score\n        included\n        nominated\n        manualChange\n        manualReason\n        reasons {\n          criterion\n          passed\n          required\n          weight\n          threshold\n          value\n          reasonZh\n          reasonEn\n        }\n      }\n    }\n  }\n": typeof types.WhitelistBatchDocument,
    "\n  query WhitelistPushes($id: ID!) {\n    whitelistBatch(id: $id) {\n      id\n      pushableBanks {\n        id\n        name\n      }\n      pushes {\n        id\n        createdAt\n        total\n        perBank {\n          bank {\n            id\n            name\n          }\n          queued\n          delivered\n          failed\n          dead\n          total\n        }\n      }\n    }\n  }\n": typeof types.WhitelistPushesDocument,
    "\n  mutation PublishWhitelistBatch($batchId: ID!) {\n    publishWhitelistBatch(batchId: $batchId) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishWhitelistBatchDocument,
    "\n  mutation PushWhitelistBatch($batchId: ID!, $bankIds: [ID!]) {\n    pushWhitelistBatch(batchId: $batchId, bankIds: $bankIds) {\n      id\n      total\n    }\n  }\n": typeof types.PushWhitelistBatchDocument,
    "\n  mutation RedriveWhitelistDeliveries($pushId: ID!) {\n    redriveWhitelistDeliveries(pushId: $pushId)\n  }\n": typeof types.RedriveWhitelistDeliveriesDocument,
    "\n  mutation AddWhitelistFirm($input: WhitelistEntryChangeInput!) {\n    addWhitelistFirm(input: $input) {\n      id\n      included\n      manualChange\n      manualReason\n    }\n  }\n": typeof types.AddWhitelistFirmDocument,
    "\n  mutation RemoveWhitelistFirm($input: WhitelistEntryChangeInput!) {\n    removeWhitelistFirm(input: $input) {\n      id\n      included\n      manualChange\n      manualReason\n    }\n  }\n": typeof types.RemoveWhitelistFirmDocument,
    "\n  query FirmOptions($name: String) {\n    enterprises(first: 20, filter: { nameContains: $name }, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FirmOptionsDocument,
    "\n  query WhitelistAnswers($batchId: ID!, $after: String, $filter: WhitelistResponseFilter) {\n    whitelistBatch(id: $batchId) {\n      id\n      version\n      pushableBanks {\n        id\n        name\n      }\n    }\n    whitelistResponses(batchId: $batchId, first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseId\n          enterpriseName\n          bank {\n            id\n            name\n          }\n          status\n          creditLine {\n            amountFen\n          }\n          reason\n          createdAt\n        }\n      }\n    }\n    chart: whitelistResponses(batchId: $batchId, first: 100) {\n      edges {\n        node {\n          id\n          bank {\n            id\n            name\n          }\n          status\n        }\n      }\n    }\n  }\n": typeof types.WhitelistAnswersDocument,
    "\n  query OfficeFirms($after: String, $filter: EnterpriseFilter, $sort: EnterpriseSort) {\n    enterprises(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          creditRating\n          employees\n          tags\n          region {\n            id\n            name\n          }\n          declaredFacts {\n            id\n            fact\n            summary\n            declaredAt\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfficeFirmsDocument,
    "\n  mutation ReviewFactDeclaration($input: ReviewFactDeclarationInput!) {\n    reviewFactDeclaration(input: $input) {\n      id\n      status\n      reviewNote\n    }\n  }\n": typeof types.ReviewFactDeclarationDocument,
    "\n  mutation NominateWhitelistFirm($input: NominateWhitelistFirmInput!) {\n    nominateWhitelistFirm(input: $input) {\n      id\n    }\n  }\n": typeof types.NominateWhitelistFirmDocument,
    "\n  mutation CreateFinancingNeedForFirm($input: CreateFinancingNeedInput!) {\n    createFinancingNeed(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateFinancingNeedForFirmDocument,
    "\n  query AuditLog($after: String, $filter: AuditLogFilter) {\n    auditLog(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          action\n          actorName\n          actorOrganizationName\n          entityType\n          entityId\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresInSeconds\n    }\n  }\n": typeof types.SignInDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      organization {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresInSeconds\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query NeedLibrary($after: String) {\n    needLibrary(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          amount {\n            amountFen\n          }\n          termMonths\n          maxRateBp\n          ipTypes\n          industrySection\n          industrySectionName\n          cityName\n          publishedAt\n          match {\n            productName\n            score\n          }\n          myInterest {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.NeedLibraryDocument,
    "\n  query MyAssets($after: String) {\n    ipAssets(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          type\n          legalStatus\n          pledgeStatus\n          expiresOn\n          latestValuation {\n            value {\n              amountFen\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyAssetsDocument,
    "\n  query ScreeningRuleSets {\n    screeningRuleSets {\n      id\n      version\n      minScore\n      createdAt\n      criteria {\n        criterion\n        threshold\n        weight\n        required\n      }\n    }\n  }\n": types.ScreeningRuleSetsDocument,
    "\n  mutation DefineScreeningRules($input: DefineScreeningRulesInput!) {\n    defineScreeningRules(input: $input) {\n      id\n      version\n    }\n  }\n": types.DefineScreeningRulesDocument,
    "\n  mutation RunWhitelistScreening($ruleSetId: ID) {\n    runWhitelistScreening(input: { ruleSetId: $ruleSetId }) {\n      id\n      version\n    }\n  }\n": types.RunWhitelistScreeningDocument,
    "\n  query WhitelistBatches($after: String) {\n    whitelistBatches(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          status\n          createdAt\n          publishedAt\n          includedCount\n          entryCount\n        }\n      }\n    }\n  }\n": types.WhitelistBatchesDocument,
    "\n  query WhitelistBatch($id: ID!, $offset: Int!, $includedOnly: Boolean!) {\n    whitelistBatch(id: $id) {\n      id\n      version\n      status\n      regionPath\n      createdAt\n      publishedAt\n      entryCount\n      includedCount\n      entries(first: 20, offset: $offset, includedOnly: $includedOnly) {\n        id\n        enterpriseId\n        enterpriseName\n        score\n        included\n        nominated\n        manualChange\n        manualReason\n        reasons {\n          criterion\n          passed\n          required\n          weight\n          threshold\n          value\n          reasonZh\n          reasonEn\n        }\n      }\n    }\n  }\n": types.WhitelistBatchDocument,
    "\n  query WhitelistPushes($id: ID!) {\n    whitelistBatch(id: $id) {\n      id\n      pushableBanks {\n        id\n        name\n      }\n      pushes {\n        id\n        createdAt\n        total\n        perBank {\n          bank {\n            id\n            name\n          }\n          queued\n          delivered\n          failed\n          dead\n          total\n        }\n      }\n    }\n  }\n": types.WhitelistPushesDocument,
    "\n  mutation PublishWhitelistBatch($batchId: ID!) {\n    publishWhitelistBatch(batchId: $batchId) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.PublishWhitelistBatchDocument,
    "\n  mutation PushWhitelistBatch($batchId: ID!, $bankIds: [ID!]) {\n    pushWhitelistBatch(batchId: $batchId, bankIds: $bankIds) {\n      id\n      total\n    }\n  }\n": types.PushWhitelistBatchDocument,
    "\n  mutation RedriveWhitelistDeliveries($pushId: ID!) {\n    redriveWhitelistDeliveries(pushId: $pushId)\n  }\n": types.RedriveWhitelistDeliveriesDocument,
    "\n  mutation AddWhitelistFirm($input: WhitelistEntryChangeInput!) {\n    addWhitelistFirm(input: $input) {\n      id\n      included\n      manualChange\n      manualReason\n    }\n  }\n": types.AddWhitelistFirmDocument,
    "\n  mutation RemoveWhitelistFirm($input: WhitelistEntryChangeInput!) {\n    removeWhitelistFirm(input: $input) {\n      id\n      included\n      manualChange\n      manualReason\n    }\n  }\n": types.RemoveWhitelistFirmDocument,
    "\n  query FirmOptions($name: String) {\n    enterprises(first: 20, filter: { nameContains: $name }, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FirmOptionsDocument,
    "\n  query WhitelistAnswers($batchId: ID!, $after: String, $filter: WhitelistResponseFilter) {\n    whitelistBatch(id: $batchId) {\n      id\n      version\n      pushableBanks {\n        id\n        name\n      }\n    }\n    whitelistResponses(batchId: $batchId, first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseId\n          enterpriseName\n          bank {\n            id\n            name\n          }\n          status\n          creditLine {\n            amountFen\n          }\n          reason\n          createdAt\n        }\n      }\n    }\n    chart: whitelistResponses(batchId: $batchId, first: 100) {\n      edges {\n        node {\n          id\n          bank {\n            id\n            name\n          }\n          status\n        }\n      }\n    }\n  }\n": types.WhitelistAnswersDocument,
    "\n  query OfficeFirms($after: String, $filter: EnterpriseFilter, $sort: EnterpriseSort) {\n    enterprises(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          creditRating\n          employees\n          tags\n          region {\n            id\n            name\n          }\n          declaredFacts {\n            id\n            fact\n            summary\n            declaredAt\n            status\n          }\n        }\n      }\n    }\n  }\n": types.OfficeFirmsDocument,
    "\n  mutation ReviewFactDeclaration($input: ReviewFactDeclarationInput!) {\n    reviewFactDeclaration(input: $input) {\n      id\n      status\n      reviewNote\n    }\n  }\n": types.ReviewFactDeclarationDocument,
    "\n  mutation NominateWhitelistFirm($input: NominateWhitelistFirmInput!) {\n    nominateWhitelistFirm(input: $input) {\n      id\n    }\n  }\n": types.NominateWhitelistFirmDocument,
    "\n  mutation CreateFinancingNeedForFirm($input: CreateFinancingNeedInput!) {\n    createFinancingNeed(input: $input) {\n      id\n    }\n  }\n": types.CreateFinancingNeedForFirmDocument,
    "\n  query AuditLog($after: String, $filter: AuditLogFilter) {\n    auditLog(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          action\n          actorName\n          actorOrganizationName\n          entityType\n          entityId\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresInSeconds\n    }\n  }\n": types.SignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      organization {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      organization {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresInSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresInSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedLibrary($after: String) {\n    needLibrary(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          amount {\n            amountFen\n          }\n          termMonths\n          maxRateBp\n          ipTypes\n          industrySection\n          industrySectionName\n          cityName\n          publishedAt\n          match {\n            productName\n            score\n          }\n          myInterest {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedLibrary($after: String) {\n    needLibrary(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          amount {\n            amountFen\n          }\n          termMonths\n          maxRateBp\n          ipTypes\n          industrySection\n          industrySectionName\n          cityName\n          publishedAt\n          match {\n            productName\n            score\n          }\n          myInterest {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssets($after: String) {\n    ipAssets(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          type\n          legalStatus\n          pledgeStatus\n          expiresOn\n          latestValuation {\n            value {\n              amountFen\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAssets($after: String) {\n    ipAssets(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          type\n          legalStatus\n          pledgeStatus\n          expiresOn\n          latestValuation {\n            value {\n              amountFen\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningRuleSets {\n    screeningRuleSets {\n      id\n      version\n      minScore\n      createdAt\n      criteria {\n        criterion\n        threshold\n        weight\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScreeningRuleSets {\n    screeningRuleSets {\n      id\n      version\n      minScore\n      createdAt\n      criteria {\n        criterion\n        threshold\n        weight\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineScreeningRules($input: DefineScreeningRulesInput!) {\n    defineScreeningRules(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DefineScreeningRules($input: DefineScreeningRulesInput!) {\n    defineScreeningRules(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunWhitelistScreening($ruleSetId: ID) {\n    runWhitelistScreening(input: { ruleSetId: $ruleSetId }) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RunWhitelistScreening($ruleSetId: ID) {\n    runWhitelistScreening(input: { ruleSetId: $ruleSetId }) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhitelistBatches($after: String) {\n    whitelistBatches(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          status\n          createdAt\n          publishedAt\n          includedCount\n          entryCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhitelistBatches($after: String) {\n    whitelistBatches(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          status\n          createdAt\n          publishedAt\n          includedCount\n          entryCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhitelistBatch($id: ID!, $offset: Int!, $includedOnly: Boolean!) {\n    whitelistBatch(id: $id) {\n      id\n      version\n      status\n      regionPath\n      createdAt\n      publishedAt\n      entryCount\n      includedCount\n      entries(first: 20, offset: $offset, includedOnly: $includedOnly) {\n        id\n        enterpriseId\n        enterpriseName\n        score\n        included\n        nominated\n        manualChange\n        manualReason\n        reasons {\n          criterion\n          passed\n          required\n          weight\n          threshold\n          value\n          reasonZh\n          reasonEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhitelistBatch($id: ID!, $offset: Int!, $includedOnly: Boolean!) {\n    whitelistBatch(id: $id) {\n      id\n      version\n      status\n      regionPath\n      createdAt\n      publishedAt\n      entryCount\n      includedCount\n      entries(first: 20, offset: $offset, includedOnly: $includedOnly) {\n        id\n        enterpriseId\n        enterpriseName\n        score\n        included\n        nominated\n        manualChange\n        manualReason\n        reasons {\n          criterion\n          passed\n          required\n          weight\n          threshold\n          value\n          reasonZh\n          reasonEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhitelistPushes($id: ID!) {\n    whitelistBatch(id: $id) {\n      id\n      pushableBanks {\n        id\n        name\n      }\n      pushes {\n        id\n        createdAt\n        total\n        perBank {\n          bank {\n            id\n            name\n          }\n          queued\n          delivered\n          failed\n          dead\n          total\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhitelistPushes($id: ID!) {\n    whitelistBatch(id: $id) {\n      id\n      pushableBanks {\n        id\n        name\n      }\n      pushes {\n        id\n        createdAt\n        total\n        perBank {\n          bank {\n            id\n            name\n          }\n          queued\n          delivered\n          failed\n          dead\n          total\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishWhitelistBatch($batchId: ID!) {\n    publishWhitelistBatch(batchId: $batchId) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishWhitelistBatch($batchId: ID!) {\n    publishWhitelistBatch(batchId: $batchId) {\n      id\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PushWhitelistBatch($batchId: ID!, $bankIds: [ID!]) {\n    pushWhitelistBatch(batchId: $batchId, bankIds: $bankIds) {\n      id\n      total\n    }\n  }\n"): (typeof documents)["\n  mutation PushWhitelistBatch($batchId: ID!, $bankIds: [ID!]) {\n    pushWhitelistBatch(batchId: $batchId, bankIds: $bankIds) {\n      id\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedriveWhitelistDeliveries($pushId: ID!) {\n    redriveWhitelistDeliveries(pushId: $pushId)\n  }\n"): (typeof documents)["\n  mutation RedriveWhitelistDeliveries($pushId: ID!) {\n    redriveWhitelistDeliveries(pushId: $pushId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWhitelistFirm($input: WhitelistEntryChangeInput!) {\n    addWhitelistFirm(input: $input) {\n      id\n      included\n      manualChange\n      manualReason\n    }\n  }\n"): (typeof documents)["\n  mutation AddWhitelistFirm($input: WhitelistEntryChangeInput!) {\n    addWhitelistFirm(input: $input) {\n      id\n      included\n      manualChange\n      manualReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWhitelistFirm($input: WhitelistEntryChangeInput!) {\n    removeWhitelistFirm(input: $input) {\n      id\n      included\n      manualChange\n      manualReason\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveWhitelistFirm($input: WhitelistEntryChangeInput!) {\n    removeWhitelistFirm(input: $input) {\n      id\n      included\n      manualChange\n      manualReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmOptions($name: String) {\n    enterprises(first: 20, filter: { nameContains: $name }, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmOptions($name: String) {\n    enterprises(first: 20, filter: { nameContains: $name }, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhitelistAnswers($batchId: ID!, $after: String, $filter: WhitelistResponseFilter) {\n    whitelistBatch(id: $batchId) {\n      id\n      version\n      pushableBanks {\n        id\n        name\n      }\n    }\n    whitelistResponses(batchId: $batchId, first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseId\n          enterpriseName\n          bank {\n            id\n            name\n          }\n          status\n          creditLine {\n            amountFen\n          }\n          reason\n          createdAt\n        }\n      }\n    }\n    chart: whitelistResponses(batchId: $batchId, first: 100) {\n      edges {\n        node {\n          id\n          bank {\n            id\n            name\n          }\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhitelistAnswers($batchId: ID!, $after: String, $filter: WhitelistResponseFilter) {\n    whitelistBatch(id: $batchId) {\n      id\n      version\n      pushableBanks {\n        id\n        name\n      }\n    }\n    whitelistResponses(batchId: $batchId, first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseId\n          enterpriseName\n          bank {\n            id\n            name\n          }\n          status\n          creditLine {\n            amountFen\n          }\n          reason\n          createdAt\n        }\n      }\n    }\n    chart: whitelistResponses(batchId: $batchId, first: 100) {\n      edges {\n        node {\n          id\n          bank {\n            id\n            name\n          }\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeFirms($after: String, $filter: EnterpriseFilter, $sort: EnterpriseSort) {\n    enterprises(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          creditRating\n          employees\n          tags\n          region {\n            id\n            name\n          }\n          declaredFacts {\n            id\n            fact\n            summary\n            declaredAt\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeFirms($after: String, $filter: EnterpriseFilter, $sort: EnterpriseSort) {\n    enterprises(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          creditRating\n          employees\n          tags\n          region {\n            id\n            name\n          }\n          declaredFacts {\n            id\n            fact\n            summary\n            declaredAt\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFactDeclaration($input: ReviewFactDeclarationInput!) {\n    reviewFactDeclaration(input: $input) {\n      id\n      status\n      reviewNote\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFactDeclaration($input: ReviewFactDeclarationInput!) {\n    reviewFactDeclaration(input: $input) {\n      id\n      status\n      reviewNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominateWhitelistFirm($input: NominateWhitelistFirmInput!) {\n    nominateWhitelistFirm(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NominateWhitelistFirm($input: NominateWhitelistFirmInput!) {\n    nominateWhitelistFirm(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFinancingNeedForFirm($input: CreateFinancingNeedInput!) {\n    createFinancingNeed(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFinancingNeedForFirm($input: CreateFinancingNeedInput!) {\n    createFinancingNeed(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($after: String, $filter: AuditLogFilter) {\n    auditLog(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          action\n          actorName\n          actorOrganizationName\n          entityType\n          entityId\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($after: String, $filter: AuditLogFilter) {\n    auditLog(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          action\n          actorName\n          actorOrganizationName\n          entityType\n          entityId\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresInSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresInSeconds\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;