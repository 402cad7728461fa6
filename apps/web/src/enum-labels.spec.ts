import { buildSchema } from 'graphql';
import { enumLabelsOf, parseEnumValueLabel, plugin } from '../codegen/enum-labels.cjs';

/** The codegen plugin that turns enum value descriptions into the pages' labels (apps/web/codegen/enum-labels.cjs). */
describe('enum value labels from the schema', () => {
  it('reads "English label (中文标签)" at the start of a description, with or without more after ". "', () => {
    expect(parseEnumValueLabel('Invention patent (发明专利)')).toEqual({ 'zh-CN': '发明专利', en: 'Invention patent' });
    expect(parseEnumValueLabel('Open (征集中). Open to banks; the only status (状态) in which it can change')).toEqual({ 'zh-CN': '征集中', en: 'Open' });
    expect(parseEnumValueLabel('“Little giant” enterprise (专精特新“小巨人”)')).toEqual({ 'zh-CN': '专精特新“小巨人”', en: '“Little giant” enterprise' });
    expect(parseEnumValueLabel('IP agency or law firm (知识产权代理机构/律所)')).toEqual({ 'zh-CN': '知识产权代理机构/律所', en: 'IP agency or law firm' });
  });

  it.each([
    [undefined],
    [''],
    ['发明专利 — the old style, Chinese first'],
    ['Invention patent'],
    ['Invention patent (invention)'], // no Chinese in the parentheses
    ['Invention patent(发明专利)'], // no space before the parenthesis
    [' (发明专利)'], // no English label
    ['Invention patent (发明专利) and more'], // more must follow ". "
    ['Invention patent (发明专利).'],
    ['Patent (utility) (实用新型)'], // parentheses inside the English label
    ['Invention patent ( 发明专利)'],
  ])('refuses %j', (description) => {
    expect(parseEnumValueLabel(description)).toBeNull();
  });

  it('fails naming every value that breaks the convention, so `npm run web:codegen` stops', () => {
    const schema = buildSchema(`
      enum IpType { """Invention patent (发明专利)""" INVENTION_PATENT  """实用新型 — utility model""" UTILITY_MODEL  TRADEMARK }
      type Query { ipType: IpType }
    `);
    expect(() => enumLabelsOf(schema)).toThrow(/IpType\.UTILITY_MODEL: "实用新型 — utility model"\n {2}IpType\.TRADEMARK: no description/);
    expect(() => enumLabelsOf(schema)).toThrow(/English label \(中文标签\)/);
  });

  it('writes every enum’s values with both labels, introspection’s own aside', async () => {
    const schema = buildSchema(`
      """知识产权类型"""
      enum IpType { """Invention patent (发明专利)""" INVENTION_PATENT  """Utility model (实用新型专利). Ten years of protection""" UTILITY_MODEL }
      enum SortDirection { """Ascending (升序)""" ASC }
      type Query { ipType(direction: SortDirection): IpType }
    `);
    expect(enumLabelsOf(schema)).toEqual({
      IpType: { INVENTION_PATENT: { 'zh-CN': '发明专利', en: 'Invention patent' }, UTILITY_MODEL: { 'zh-CN': '实用新型专利', en: 'Utility model' } },
      SortDirection: { ASC: { 'zh-CN': '升序', en: 'Ascending' } },
    });
    const code = await plugin(schema, [], {});
    expect(code).toContain(`    INVENTION_PATENT: { 'zh-CN': "发明专利", en: "Invention patent" },`);
    expect(code).toContain('export const enumLabels = {');
    expect(code).not.toContain('__TypeKind');
  });
});
