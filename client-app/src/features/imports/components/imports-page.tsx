import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportProgress } from '../api/use-import-progress';
import { CurrentImport } from './current-import';
import { ImportHistory } from './import-history';
import { UploadForm } from './upload-form';

export function ImportsPage() {
  const { t } = useTranslation();
  const [currentId, setCurrentId] = useState<string>();
  useImportProgress();
  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('imports.title')}</h1>
        <p className="muted">{t('imports.intro')}</p>
      </div>
      <UploadForm onUploaded={(detail) => setCurrentId(detail.id)} />
      {currentId && <CurrentImport id={currentId} />}
      <ImportHistory onOpen={setCurrentId} />
    </div>
  );
}
