// `npm run schema:print`: writes the SDL the code produces to schema/schema.graphql.
// The e2e suite fails when the checked-in file differs from the code.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createTestApp } from '@zhirong/platform/testing';
import { printSchema } from 'graphql';
import { AppModule } from '../apps/api/src/app.module';

export const SCHEMA_FILE = join(__dirname, '..', 'schema', 'schema.graphql');

async function main(): Promise<void> {
  const t = await createTestApp((config) => AppModule.forRoot(config));
  try {
    writeFileSync(SCHEMA_FILE, printSchema(t.app.get(GraphQLSchemaHost).schema) + '\n');
    console.log(`Wrote ${SCHEMA_FILE}`);
  } finally {
    await t.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
