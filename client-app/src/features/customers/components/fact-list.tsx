import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A label, and what is known: null where the shop or the model has not said. */
export type Fact = [label: string, value: ReactNode | null, testId?: string];

export function FactList({ facts }: { facts: Fact[] }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      {facts.map(([label, value, testId]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd data-testid={testId}>{value ?? <span className="muted">{t('customers.unknown')}</span>}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** Shows a figure the server may not know yet (no fit, no purchase): null leaves the fact unknown. */
export const ifKnown = <T,>(value: T | null | undefined, show: (value: T) => ReactNode): ReactNode | null =>
  value === null || value === undefined ? null : show(value);
