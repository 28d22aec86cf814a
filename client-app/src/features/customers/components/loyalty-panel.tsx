import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { useLabel } from '../hooks/use-label';
import type { LoyaltyScore } from '../types';
import { Meter } from './meter';
import { Panel } from './panel';

const FULL_SCORE = 100;

/** The loyalty score and the seven weighted parts it sums, each with the server's reason for its score. */
export function LoyaltyPanel({ loyalty }: { loyalty: LoyaltyScore | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  return (
    <Panel title={t('customers.loyalty.title')} testId="loyalty-panel">
      {loyalty === null ? (
        <p className="muted">{t('customers.loyalty.none')}</p>
      ) : (
        <>
          <p className="loyalty-total">
            <strong data-testid="loyalty-total">{format.number(loyalty.total)}</strong>
            <span className="muted"> / {FULL_SCORE}</span>
          </p>
          <ul className="loyalty-parts">
            {loyalty.parts.map((part) => {
              const name = label('customers.loyaltyParts', part.name);
              return (
                <li key={part.name} data-testid="loyalty-part" data-part={part.name}>
                  <div className="loyalty-part-heading">
                    <span>{name}</span>
                    <span className="muted">{t('customers.loyalty.weight', { weight: format.percent(part.weight) })}</span>
                    <strong>{format.number(Math.round(Number(part.score)))}</strong>
                  </div>
                  <Meter label={name} value={Number(part.score) / FULL_SCORE} />
                  <p className="muted loyalty-explanation">{part.explanation}</p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Panel>
  );
}
