import type { HTMLAttributes } from 'react';

type Tone = 'ok' | 'warn' | 'muted';

export function Badge({ tone, className, ...spanProps }: { tone: Tone } & HTMLAttributes<HTMLSpanElement>) {
  return <span className={className ? `badge ${className}` : 'badge'} data-tone={tone} {...spanProps} />;
}
