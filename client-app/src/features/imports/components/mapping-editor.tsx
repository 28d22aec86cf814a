import { useId, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useStartImport } from '../api/start-import';
import { missingRequired, previewOf, withColumn } from '../mapping';
import type { ColumnMapping, ImportDetail } from '../types';

const NOT_IMPORTED = '';

/** The proposed mapping, one field a row with the column that fills it and the first row's value; the owner edits it and starts. */
export function MappingEditor({ detail }: { detail: ImportDetail }) {
  const { t } = useTranslation();
  const titleId = useId();
  const start = useStartImport();
  const [mapping, setMapping] = useState<ColumnMapping>(detail.mapping as ColumnMapping);
  const [currency, setCurrency] = useState('EUR');
  const missing = missingRequired(detail.fields, mapping);
  const firstRow = detail.sample[0];
  const asksCurrency = detail.kind === 'orders' && mapping.currency === undefined;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate({ id: detail.id, body: { mapping, currency: asksCurrency ? currency : null } });
  };

  return (
    <section className="card" aria-labelledby={titleId} data-testid="import-mapping">
      <header className="card-header">
        <h2 id={titleId}>{t('imports.mappingTitle', { file: detail.fileName })}</h2>
        <p className="muted">
          {t('imports.detected', { encoding: detail.encoding, delimiter: delimiterName(detail.delimiter, t) })}
        </p>
      </header>
      <form onSubmit={handleSubmit}>
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('imports.field')}</th>
              <th>{t('imports.column')}</th>
              <th>{t('imports.firstRow')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.fields.map((field) => (
              <tr key={field.key} data-testid="mapping-row" data-field={field.key}>
                <td>
                  {t(`imports.fields.${field.key}` as 'imports.fields.orderId')}
                  {field.required && <span className="muted"> *</span>}
                </td>
                <td>
                  <select
                    aria-label={t(`imports.fields.${field.key}` as 'imports.fields.orderId')}
                    value={mapping[field.key] ?? NOT_IMPORTED}
                    onChange={(event) =>
                      setMapping(withColumn(mapping, field.key, event.target.value === NOT_IMPORTED ? undefined : Number(event.target.value)))
                    }
                  >
                    <option value={NOT_IMPORTED}>{t('imports.notImported')}</option>
                    {detail.header.map((name, column) => (
                      <option key={column} value={column}>
                        {name || t('imports.columnNumber', { number: column + 1 })}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="muted">{previewOf(mapping, field.key, firstRow) ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {asksCurrency && (
          <label className="field">
            <span>{t('imports.currency')}</span>
            <input value={currency} onChange={(event) => setCurrency(event.target.value)} maxLength={3} required />
          </label>
        )}
        {missing.length > 0 && (
          <p className="form-notice" role="status" data-testid="mapping-missing">
            {t('imports.missing', { fields: missing.map((key) => t(`imports.fields.${key}` as 'imports.fields.orderId')).join(', ') })}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={missing.length > 0 || start.isPending} data-testid="import-start">
          {t('imports.start')}
        </button>
      </form>
      {start.error && <ErrorAlert error={start.error} />}
    </section>
  );
}

function delimiterName(delimiter: string, t: TFunction): string {
  return delimiter === '\t' ? t('imports.delimiters.tab') : t('imports.delimiters.other', { delimiter });
}
