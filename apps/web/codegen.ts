import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation of the web app, from the printed schema: a page cannot ask for a
// field the API does not have. `npm run web:codegen` writes them; a test fails when they are stale.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  generates: {
    // The staleness test writes to a scratch folder and compares.
    [process.env.WEB_CODEGEN_OUT ?? 'apps/web/src/gql/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
