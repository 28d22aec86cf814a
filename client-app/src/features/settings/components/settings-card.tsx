import { useId, type HTMLAttributes, type ReactNode } from 'react';

type SettingsCardProps = {
  title: string;
  /** A button beside the title. */
  action?: ReactNode;
} & Omit<HTMLAttributes<HTMLElement>, 'title' | 'className' | 'aria-labelledby'>;

/** A card named by its heading. */
export function SettingsCard({ title, action, children, ...sectionProps }: SettingsCardProps) {
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId} {...sectionProps}>
      <header className="card-header">
        <h2 id={titleId}>{title}</h2>
        {action}
      </header>
      {children}
    </section>
  );
}
