import { useTranslation } from 'react-i18next';
import { STATUS_FILTERS, type AlertFilter, type StatusFilter } from '../types';

export function AlertFilters({ filter, onChange }: { filter: AlertFilter; onChange: (filter: AlertFilter) => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert-filters">
      <label className="alert-filter">
        <span>{t('alerts.filters.status')}</span>
        <select
          value={filter.status}
          onChange={(event) => onChange({ ...filter, status: event.target.value as StatusFilter })}
          data-testid="alert-status-filter"
        >
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {t(`alerts.filters.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="alert-filter-check">
        <input
          type="checkbox"
          checked={filter.mine}
          onChange={(event) => onChange({ ...filter, mine: event.target.checked })}
          data-testid="alert-mine-filter"
        />
        <span>{t('alerts.filters.mine')}</span>
      </label>
    </div>
  );
}
