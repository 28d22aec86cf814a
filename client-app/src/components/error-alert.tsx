import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/errors';

interface ErrorAlertProps {
  error: Error;
  /** Fields whose messages the form shows beside them, so they are not repeated here. */
  fieldsShown?: readonly string[];
}

/** The server's problem details (title, then field messages or detail); a generic message for anything else. */
export function ErrorAlert({ error, fieldsShown = [] }: ErrorAlertProps) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : undefined;
  const details = problem?.errors
    ? Object.entries(problem.errors).flatMap(([field, messages]) => (fieldsShown.includes(field) ? [] : messages))
    : problem?.detail
      ? [problem.detail]
      : [];
  // With every message beside its field, the server's title for them (in English) would say nothing more.
  const title = problem?.errors && details.length === 0 ? t('errors.checkFields') : (problem?.title ?? t('errors.generic'));
  return (
    <div className="form-error" role="alert">
      <p className="form-error-title">{title}</p>
      {details.map((detail, index) => (
        // Two fields may share a message, so the position keys it.
        <p key={index}>{detail}</p>
      ))}
    </div>
  );
}
