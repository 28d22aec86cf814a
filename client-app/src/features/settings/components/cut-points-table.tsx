import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import type { TenantModel } from '../types';

type Thresholds = NonNullable<TenantModel['thresholds']>;

const DIMENSIONS = [
  { key: 'recencyDays', label: 'settings.model.recency' },
  { key: 'frequency', label: 'settings.model.frequency' },
  { key: 'monetary', label: 'settings.model.monetary' },
] as const;

/** Levels - 1 cut points per dimension: a value's score is one plus the number of cut points it beats. */
export function CutPointsTable({ thresholds }: { thresholds: Thresholds }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cuts = thresholds.recencyDays.map((_, index) => index + 1);
  return (
    <div className="table-scroll">
      <table className="data-table cut-points" aria-label={t('settings.model.cutPoints')}>
        <caption className="table-caption">{t('settings.model.cutPoints')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.model.dimension')}</th>
            {cuts.map((cut) => (
              <th key={cut} scope="col" className="numeric">
                {t('settings.model.cut', { cut })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((dimension) => (
            <tr key={dimension.key} data-testid={`cut-points-${dimension.key}`}>
              <th scope="row">{t(dimension.label)}</th>
              {thresholds[dimension.key].map((value, index) => (
                <td key={index} className="numeric">
                  {format.number(value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
