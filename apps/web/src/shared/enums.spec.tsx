/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { useEnumLabel } from './enums';

beforeAll(() => i18n.use(initReactI18next).init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: {} }, en: { translation: {} } } }));

describe('useEnumLabel', () => {
  it('labels a value in the reader’s language from the schema, and shows an unknown one as it is', async () => {
    const { result, rerender } = renderHook(() => useEnumLabel());
    expect(result.current('IpType', 'INVENTION_PATENT')).toBe('发明专利');
    expect(result.current('IpType', 'NOT_YET_KNOWN')).toBe('NOT_YET_KNOWN');
    expect(result.current('NoSuchEnum', 'X')).toBe('X');
    await act(() => i18n.changeLanguage('en'));
    rerender();
    expect(result.current('IpType', 'INVENTION_PATENT')).toBe('Invention patent');
  });
});
