import { Spin } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { restoreSession } from './apollo';
import { currentSession } from './session';

// The frame (menu, header) loads only once there is a session: the sign-in page does not carry it.
const Shell = lazy(() => import('./Shell'));

/** A reload renews the session from its cookie; signed-out visitors go to sign-in, which brings them back here. */
export default function RequireSession() {
  const location = useLocation();
  const [state, setState] = useState<'ready' | 'restoring' | 'none'>(currentSession() ? 'ready' : 'restoring');
  useEffect(() => {
    if (state === 'restoring') void restoreSession().then((ok) => setState(ok ? 'ready' : 'none'));
  }, [state]);
  if (state === 'restoring') return <Spin fullscreen />;
  if (state === 'none') return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return (
    <Suspense fallback={<Spin fullscreen />}>
      <Shell />
    </Suspense>
  );
}
