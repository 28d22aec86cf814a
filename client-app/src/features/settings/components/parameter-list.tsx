import { useFormat } from '@/hooks/use-format';

// The papers' order; the fit history's parameters come back from jsonb sorted by key length instead.
const PAPER_ORDER = ['r', 'alpha', 'a', 'b', 'p', 'q', 'v'];
const rank = (name: string) => (PAPER_ORDER.includes(name) ? PAPER_ORDER.indexOf(name) : PAPER_ORDER.length);

/** A fit's parameters as "name value" pairs. */
export function ParameterList({ parameters }: { parameters: object }) {
  const format = useFormat();
  const entries = Object.entries(parameters).sort(([left], [right]) => rank(left) - rank(right));
  return (
    <span className="parameter-list">
      {entries.map(([name, value]) => (
        <span key={name}>
          <var>{name}</var> {typeof value === 'number' || typeof value === 'string' ? format.number(value) : String(value)}
        </span>
      ))}
    </span>
  );
}
