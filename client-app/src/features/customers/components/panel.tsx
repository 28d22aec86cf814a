import { useId, type ReactNode } from 'react';

/** One titled card of the customer's portrait. */
export function Panel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const titleId = useId();
  return (
    <section className="card portrait-panel" aria-labelledby={titleId} data-testid={testId}>
      <header className="card-header">
        <h2 id={titleId}>{title}</h2>
      </header>
      {children}
    </section>
  );
}
