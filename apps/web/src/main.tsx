import { ApolloProvider } from '@apollo/client/react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { apollo } from './app/apollo';
import './i18n';

// One chunk per journey: the sign-in page loads none of the workspaces.
const router = createBrowserRouter([
  { path: '/sign-in', lazy: async () => ({ Component: (await import('./sign-in/SignInPage')).default }) },
  {
    path: '/',
    lazy: async () => ({ Component: (await import('./app/RequireSession')).default }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./app/HomePage')).default }) },
      { path: 'firm/assets', lazy: async () => ({ Component: (await import('./firm/AssetsPage')).default }) },
      { path: 'bank/need-library', lazy: async () => ({ Component: (await import('./bank/NeedLibraryPage')).default }) },
    ],
  },
]);

function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN}>
      <ApolloProvider client={apollo}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
