/**
 * GB/T 4754-2017 国民经济行业分类: a section letter and a two-digit division,
 * written together as `C39` (计算机、通信和其他电子设备制造业).
 */
export const INDUSTRY_SECTIONS: Record<string, { name: string; divisions: [number, number] }> = {
  A: { name: '农、林、牧、渔业', divisions: [1, 5] },
  B: { name: '采矿业', divisions: [6, 12] },
  C: { name: '制造业', divisions: [13, 43] },
  D: { name: '电力、热力、燃气及水生产和供应业', divisions: [44, 46] },
  E: { name: '建筑业', divisions: [47, 50] },
  F: { name: '批发和零售业', divisions: [51, 52] },
  G: { name: '交通运输、仓储和邮政业', divisions: [53, 60] },
  H: { name: '住宿和餐饮业', divisions: [61, 62] },
  I: { name: '信息传输、软件和信息技术服务业', divisions: [63, 65] },
  J: { name: '金融业', divisions: [66, 69] },
  K: { name: '房地产业', divisions: [70, 70] },
  L: { name: '租赁和商务服务业', divisions: [71, 72] },
  M: { name: '科学研究和技术服务业', divisions: [73, 75] },
  N: { name: '水利、环境和公共设施管理业', divisions: [76, 79] },
  O: { name: '居民服务、修理和其他服务业', divisions: [80, 82] },
  P: { name: '教育', divisions: [83, 83] },
  Q: { name: '卫生和社会工作', divisions: [84, 85] },
  R: { name: '文化、体育和娱乐业', divisions: [86, 90] },
  S: { name: '公共管理、社会保障和社会组织', divisions: [91, 96] },
  T: { name: '国际组织', divisions: [97, 97] },
};

/** `C39` or a bare section `C`; the division must belong to the section. */
export function isValidIndustryCode(code: string): boolean {
  const match = /^([A-T])(\d{2})?$/.exec(code);
  if (!match) return false;
  if (!match[2]) return true;
  const [low, high] = INDUSTRY_SECTIONS[match[1]].divisions;
  const division = Number(match[2]);
  return division >= low && division <= high;
}
