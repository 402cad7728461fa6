import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLObjectType, GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppConfig } from '../config/config';
import { CommonError, CommonErrorCode } from '../errors/common.errors';
import { formatGraphQLError } from '../errors/format-error';
import { maxAliasesRule, maxRootFieldsRule } from './request-limits';

const logger = new Logger('GraphQL');

/**
 * Rejects an operation whose estimated cost exceeds the limit before it runs.
 * List fields declare their cost as `first × child cost` through `complexity`.
 */
function complexityLimit(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not coerce: execution rejects them next with BAD_USER_INPUT and the field.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (complexity > max) {
            throw new CommonError(CommonErrorCode.QUERY_TOO_COMPLEX, `This query costs ${complexity}, more than the limit of ${max}; ask for smaller pages or fewer fields`, {
              details: { complexity, limit: max },
            });
          }
        },
      };
    },
  };
}

const ROOT_DESCRIPTIONS = {
  query: '查询 — what the platform answers; each field checks who is asking',
  mutation: '变更 — what the platform changes; each field checks who is asking',
} as const;

/**
 * Code-first NestJS has no decorator for the root types' own descriptions, so the built schema
 * gets them here — before the SDL is printed and served, so both say the same.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const described = (type: GraphQLObjectType | null | undefined, description: string) => (type ? new GraphQLObjectType({ ...type.toConfig(), description }) : type);
  const query = described(config.query, ROOT_DESCRIPTIONS.query);
  const mutation = described(config.mutation, ROOT_DESCRIPTIONS.mutation);
  const roots = [config.query, config.mutation];
  return new GraphQLSchema({ ...config, query, mutation, types: config.types.filter((type) => !roots.includes(type as GraphQLObjectType)) });
}

/** The Apollo settings of the API, shared by the app and its tests. */
export function graphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  return {
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema: describeRootTypes,
    path: '/graphql',
    playground: false,
    // Production answers no schema questions: clients use the checked-in SDL.
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: config.isDevelopment,
    validationRules: [depthLimit(config.graphql.maxDepth), maxAliasesRule(config.graphql.maxAliases), maxRootFieldsRule(config.graphql.maxRootFields)],
    // graphql-js stops parsing a document past this many tokens, before any validation.
    parseOptions: { maxTokens: config.graphql.maxTokens },
    plugins: [
      complexityLimit(config.graphql.maxComplexity),
      // Apollo's landing page loads its sandbox and a font from CDNs, which intranets cannot reach;
      // the explorer is GraphiQL in the web app (/admin/explorer), where development's GET /graphql leads.
      ApolloServerPluginLandingPageDisabled(),
    ],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, error, {
        includeStack: config.isDevelopment,
        log: (e) => logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e)),
      }),
  };
}
