import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/load-state';
import { useAnalysisSettings } from '../api/get-analysis-settings';
import { FitHistory } from './fit-history';
import { ModelSummary } from './model-summary';
import { SettingsForm } from './settings-form';
import './analysis-settings.css';

/** Owners edit; account managers see the same page read-only (the server refuses their writes too). */
export function AnalysisSettingsPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const view = useAnalysisSettings();

  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('settings.title')}</h1>
        <p className="muted">{t('settings.intro')}</p>
      </div>
      {view.data ? (
        <>
          <SettingsForm settings={view.data.settings} canEdit={canEdit} />
          <ModelSummary model={view.data.model} />
        </>
      ) : view.isError ? (
        <LoadError onRetry={() => void view.refetch()} />
      ) : (
        <Loading />
      )}
      <FitHistory canRefit={canEdit} />
    </div>
  );
}
