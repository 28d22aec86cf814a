import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { useImports } from '../api/get-imports';
import { progressView } from '../progress';

export function ImportHistory({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const { data: imports = [] } = useImports();
  return (
    <section className="card" aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{t('imports.historyTitle')}</h2>
      </header>
      {imports.length === 0 ? (
        <p className="muted">{t('imports.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('imports.fileName')}</th>
              <th>{t('imports.kind')}</th>
              <th>{t('imports.state')}</th>
              <th>{t('imports.rows')}</th>
              <th>{t('imports.badRows')}</th>
              <th>{t('imports.uploadedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {imports.map((item) => {
              const view = progressView(item.progress);
              return (
                <tr key={item.id} data-testid="import-row">
                  <td>
                    <button type="button" className="button button-secondary button-small" onClick={() => onOpen(item.id)}>
                      {item.fileName}
                    </button>
                  </td>
                  <td>{t(`imports.kinds.${item.kind}` as 'imports.kinds.orders')}</td>
                  <td>{view.stalled ? t('imports.states.stalled') : t(`imports.states.${item.state}` as 'imports.states.running')}</td>
                  <td>{format.number(view.rowsRead)}</td>
                  <td>{format.number(view.badRows)}</td>
                  <td>{format.dateTime(item.createdAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
