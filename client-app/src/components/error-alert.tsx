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
      {details.map((detail, index) => (
        // Two fields may share a message, so the position keys it.
        <p key={index}>{detail}</p>
      ))}
    </div>
  );
}
