export interface KeyFigure {
  label: string;
  value: string;
  testId?: string;
}

/** The few numbers that sum an analysis up, above its chart. */
export function KeyFigures({ figures }: { figures: KeyFigure[] }) {
  return (
    <ul className="analysis-figures">
      {figures.map((figure) => (
        <li key={figure.label}>
          <span className="muted">{figure.label}</span> <strong data-testid={figure.testId}>{figure.value}</strong>
        </li>
      ))}
    </ul>
  );
}
