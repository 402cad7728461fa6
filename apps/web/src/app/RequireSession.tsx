import { Navigate, useLocation } from 'react-router';
import Shell from './Shell';
import { currentSession } from './session';

/** Signed-out visitors go to sign-in, which brings them back here. */
export default function RequireSession() {
  const location = useLocation();
  if (!currentSession()) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Shell />;
}
