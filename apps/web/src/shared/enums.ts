import { useTranslation } from 'react-i18next';

/**
 * The label of an enum value in the reader's language, by the GraphQL enum's name
 * (`label('IpType', 'INVENTION_PATENT')` → 发明专利). Unknown values show as they are, so
 * a value the API adds before the page knows it is still readable.
 */
export function useEnumLabel(): (enumName: string, value: string) => string {
  const { t } = useTranslation();
  return (enumName, value) => t(`enum.${enumName}.${value}`, { defaultValue: value });
}
