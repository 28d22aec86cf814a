import { useTranslation } from 'react-i18next';
import { useSegmentLabel, type SegmentRow } from '../segments';

export function SegmentCountList({ rows }: { rows: SegmentRow[] }) {
  const { t } = useTranslation();
  const label = useSegmentLabel();
  return (
    <ul className="segment-counts" aria-label={t('dashboard.countsLabel')}>
      {rows.map(({ segment, customers }) => (
        <li key={segment}>
          <span>{label(segment)}</span>
          <strong data-testid={`segment-count-${segment}`}>{customers}</strong>
        </li>
      ))}
    </ul>
  );
}
