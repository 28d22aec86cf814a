import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/errors';

/** The server's problem details (title, then field messages or detail); a generic message for anything else. */
export function ErrorAlert({ error }: { error: Error }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : undefined;
  const details = problem?.errors ? Object.values(problem.errors).flat() : problem?.detail ? [problem.detail] : [];
  return (
    <div className="form-error" role="alert">
      <p className="form-error-title">{problem?.title ?? t('errors.generic')}</p>
      {details.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
    </div>
  );
}
