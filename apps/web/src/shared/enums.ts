import { useTranslation } from 'react-i18next';
import { enumLabels, type EnumLabel } from '../gql/enum-labels';

const LABELS: Record<string, Record<string, EnumLabel> | undefined> = enumLabels;

/**
 * The label of an enum value in the reader's language, by the GraphQL enum's name
 * (`label('IpType', 'INVENTION_PATENT')` → 发明专利). Labels come from the schema's value
 * descriptions (`npm run web:codegen`). Unknown values show as they are, so a value the API
 * adds before the page knows it is still readable.
 */
export function useEnumLabel(): (enumName: string, value: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (enumName, value) => LABELS[enumName]?.[value]?.[language] ?? value;
}
