import { ApolloProvider } from '@apollo/client/react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { apollo } from './app/apollo';
import { page } from './app/journey';
import { JOURNEYS } from './app/journeys';
import './i18n';

// One chunk per journey: the sign-in page loads none of the workspaces.
const router = createBrowserRouter([
  { path: '/sign-in', lazy: page(() => import('./sign-in/SignInPage')) },
  ...JOURNEYS.flatMap((j) => j.publicRoutes ?? []),
  {
    path: '/',
    lazy: page(() => import('./app/RequireSession')),
    children: [{ index: true, lazy: page(() => import('./app/HomePage')) }, ...JOURNEYS.flatMap((j) => j.routes)],
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
