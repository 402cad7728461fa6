import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation of the web app, from the printed schema: a page cannot ask for a
// field the API does not have. `npm run web:codegen` writes them, and the enum values' labels from
// their descriptions (enum-labels.ts); a test fails when they are stale.
// The staleness test writes to a scratch folder and compares.
const out = process.env.WEB_CODEGEN_OUT ?? 'apps/web/src/gql/';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
    [`${out}enum-labels.ts`]: { plugins: ['./apps/web/codegen/enum-labels.cjs'] },
  },
  ignoreNoDocuments: false,
};

export default config;
