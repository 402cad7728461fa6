import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { TestApp } from '@zhirong/platform/testing';
import { GraphQLField, GraphQLObjectType, isEnumType, isInputObjectType, isObjectType, printSchema } from 'graphql';
import { startApi } from '../support/api';

describe('schema/schema.graphql', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApi()));
  afterAll(() => t.close());

  it('is exactly what the code prints (run `npm run schema:print` after changing the API)', () => {
    const printed = printSchema(t.app.get(GraphQLSchemaHost).schema) + '\n';
    expect(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8')).toBe(printed);
  });

  it('describes every type and field', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        const fields = (type as GraphQLObjectType).getFields() as Record<string, GraphQLField<unknown, unknown>>;
        for (const field of Object.values(fields)) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });
});
