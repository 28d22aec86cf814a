import { useFormat } from '@/hooks/use-format';

/** A fit's parameters as "name value" pairs, in the order the server sent them. */
export function ParameterList({ parameters }: { parameters: object }) {
  const format = useFormat();
  return (
    <span className="parameter-list">
      {Object.entries(parameters).map(([name, value]) => (
        <span key={name}>
          <var>{name}</var> {typeof value === 'number' || typeof value === 'string' ? format.number(value) : String(value)}
        </span>
      ))}
    </span>
  );
}
