import type { PluginFunction } from '@graphql-codegen/plugin-helpers';
import type { GraphQLSchema } from 'graphql';

export interface EnumValueLabel {
  'zh-CN': string;
  en: string;
}
export declare function parseEnumValueLabel(description: string | null | undefined): EnumValueLabel | null;
export declare function enumLabelsOf(schema: GraphQLSchema): Record<string, Record<string, EnumValueLabel>>;
export declare const plugin: PluginFunction;
