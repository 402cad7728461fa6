import { fileURLToPath } from 'node:url';
import babel from '@rolldown/plugin-babel';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// Built once into dist/web, which the API serves at `/` (one URL, no CDN: intranets have no internet).
// Each journey's pages are one chunk because each journey loads them through one dynamic
// import of its pages.ts (see app/journey.ts); libraries are split by who imports them.
export default defineConfig({
  root,
  plugins: [
    react(),
    // Each `graphql(`…`)` becomes an import of that one document from gql/graphql.ts (the client
    // preset's own optimizer), so a chunk carries its pages' operations, not gql.ts's map of all of them.
    babel({
      include: /\/apps\/web\/src\/(?!gql\/).*\.tsx?$/,
      sourceMap: false,
      plugins: [[babelOptimizerPlugin, { artifactDirectory: fileURLToPath(new URL('src/gql', import.meta.url)), gqlTagName: 'graphql' }]],
    }),
  ],
  // The API's own number checks (libs/ip-assets/src/ip-numbers.ts, no Nest in it), not a copy.
  resolve: { alias: { '@zhirong/ip-assets/numbers': fileURLToPath(new URL('../../libs/ip-assets/src/ip-numbers.ts', import.meta.url)) } },
  // Monaco's web workers (GraphiQL's editors) are bundled like the app, served from the same origin.
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // A journey's chunk is named after it (firm-….js), not after its pages.ts.
        chunkFileNames: (chunk) => `assets/${/\/src\/(\w+)\/pages\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000' } },
});
