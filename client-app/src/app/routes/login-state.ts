import { useNavigate } from 'react-router';

/** What the sign-in page says above its form, after another page sent the visitor there. */
export type LoginNotice = 'passwordReset' | 'invitationAccepted';

/** The router state of /login. */
export interface LoginState {
  notice: LoginNotice;
  /** Fills in the email field. */
  email?: string;
}

export const loginStateOf = (state: unknown): Partial<LoginState> => (state ?? {}) as Partial<LoginState>;

/** Sends the visitor to the sign-in page with a notice. */
export function useGoToLogin() {
  const navigate = useNavigate();
  return (state: LoginState) => void navigate('/login', { state, replace: true });
}
