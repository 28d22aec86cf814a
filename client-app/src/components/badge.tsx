import type { HTMLAttributes } from 'react';

type Tone = 'ok' | 'warn' | 'danger' | 'muted';

type BadgeProps = { tone: Tone } & Omit<HTMLAttributes<HTMLSpanElement>, 'className'>;

export function Badge({ tone, ...spanProps }: BadgeProps) {
  return <span className="badge" data-tone={tone} {...spanProps} />;
}
