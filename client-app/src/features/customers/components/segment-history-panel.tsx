import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { useLabel } from '../hooks/use-label';
import type { SegmentHistoryEntry } from '../types';
import { Panel } from './panel';

/** Every move between segments, newest first, with what caused it. */
export function SegmentHistoryPanel({ history }: { history: SegmentHistoryEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  return (
    <Panel title={t('customers.history.title')} testId="segment-history-panel">
      {history.length === 0 ? (
        <p className="muted">{t('customers.history.none')}</p>
      ) : (
        <ol className="timeline">
          {history.map((move) => (
            <li key={`${move.at}-${move.to}`} className="timeline-item" data-testid="segment-move">
              <span className="timeline-move">
                <span className="pill">{label('segments', move.from)}</span>
                <span aria-hidden="true">→</span>
                <span className="sr-only">{t('customers.history.to')}</span>
                <span className="pill pill-accent">{label('segments', move.to)}</span>
              </span>
              <span className="muted">{label('customers.causes', move.cause)}</span>
              <time className="muted" dateTime={move.at}>
                {format.dateTime(move.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
