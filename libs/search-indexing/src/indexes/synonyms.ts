/**
 * Groups of terms users treat as the same thing when looking for IP. Each group
 * is expanded so every term is a synonym of every other (Meilisearch synonyms
 * are one-way unless listed both ways). Chinese first, then English.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['专利', 'patent', 'patents'],
  ['发明专利', '发明', 'invention patent', 'invention'],
  ['实用新型', '实用新型专利', 'utility model'],
  ['外观设计', '外观设计专利', '外观专利', 'design patent'],
  ['商标', '商标专用权', '注册商标', 'trademark', 'trademarks'],
  ['软件著作权', '软著', '计算机软件著作权', 'software copyright'],
  ['著作权', '版权', 'copyright'],
  ['集成电路布图设计', '布图设计', 'ic layout', 'layout design'],
  ['地理标志', 'geographical indication'],
  ['许可收益权', 'license revenue right'],
  ['锂电池', '锂离子电池', '锂电', 'lithium battery', 'lithium-ion battery', 'li-ion battery'],
  ['新能源汽车', '电动汽车', '新能源车', 'ev', 'electric vehicle', 'new energy vehicle'],
  ['人工智能', 'ai', 'artificial intelligence'],
  ['集成电路', '芯片', 'ic', 'chip', 'chips', 'integrated circuit'],
  ['半导体', 'semiconductor'],
  ['机器人', 'robot', 'robotics'],
  ['光伏', '太阳能电池', 'photovoltaic', 'solar cell'],
  ['生物医药', 'biomedicine', 'biopharmaceutical'],
  ['医疗器械', 'medical device', 'medical devices'],
  ['物联网', 'iot', 'internet of things'],
  ['无人机', 'drone', 'uav'],
  ['传感器', 'sensor', 'sensors'],
  ['储能', 'energy storage'],
  ['石墨烯', 'graphene'],
  ['疫苗', 'vaccine'],
  ['质押', 'pledge'],
  ['评估', '估值', 'valuation', 'appraisal'],
  ['拍卖', 'auction'],
  ['许可', 'license', 'licence'],
  ['转让', 'transfer'],
  ['高新技术企业', '高企', 'high-tech enterprise'],
  ['专精特新', 'specialized and new'],
];

/** The groups as Meilisearch's `synonyms` setting: every term maps to the others of its group. */
export function synonymSettings(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of groups) {
    for (const term of group) {
      const others = group.filter((t) => t !== term);
      out[term] = [...new Set([...(out[term] ?? []), ...others])];
    }
  }
  // Sorted keys: the checked-in JSON copy stays stable.
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
}
