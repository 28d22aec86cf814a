import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useUploadImport } from '../api/upload-import';
import type { ImportDetail, ImportKind } from '../types';

export function UploadForm({ onUploaded }: { onUploaded: (detail: ImportDetail) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const upload = useUploadImport();
  const [kind, setKind] = useState<ImportKind>('orders');
  const [file, setFile] = useState<File>();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate({ kind, file }, { onSuccess: onUploaded });
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{t('imports.uploadTitle')}</h2>
      </header>
      <form className="inline-form" onSubmit={handleSubmit}>
        <label className="field">
          <span>{t('imports.kind')}</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as ImportKind)} data-testid="import-kind">
            <option value="orders">{t('imports.kinds.orders')}</option>
            <option value="customers">{t('imports.kinds.customers')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('imports.file')}</span>
          <input
            type="file"
            accept=".csv,.txt,.tsv,text/csv"
            onChange={(event) => setFile(event.target.files?.[0])}
            data-testid="import-file"
          />
          <span className="field-hint muted">{t('imports.fileHint')}</span>
        </label>
        <button type="submit" className="button button-primary" disabled={!file || upload.isPending} data-testid="import-upload">
          {upload.isPending ? t('imports.uploading') : t('imports.upload')}
        </button>
      </form>
      {upload.error && <ErrorAlert error={upload.error} />}
    </section>
  );
}
