import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { ErrorAlert } from '@/components/error-alert';
import { LoadError, Loading } from '@/components/load-state';
import { useFormat } from '@/hooks/use-format';
import { useModelFits } from '../api/get-model-fits';
import { useRefitModel } from '../api/refit-model';
import type { ModelFit } from '../types';
import { ParameterList } from './parameter-list';
import { SettingsCard } from './settings-card';

const MODEL_LABELS: Record<string, string> = { bgnbd: 'BG/NBD', gammagamma: 'Gamma-Gamma' };

export function FitHistory({ canRefit }: { canRefit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fits = useModelFits();
  const refit = useRefitModel();

  const columns = useMemo<Column<ModelFit>[]>(
    () => [
      { id: 'model', header: t('settings.fits.model'), cell: (fit) => MODEL_LABELS[fit.model] ?? fit.model },
      {
        id: 'parameters',
        header: t('settings.fits.parameters'),
        cell: (fit) => (typeof fit.parameters === 'object' && fit.parameters !== null ? <ParameterList parameters={fit.parameters} /> : null),
      },
      { id: 'logLikelihood', header: t('settings.fits.logLikelihood'), cell: (fit) => format.number(fit.logLikelihood), numeric: true },
      { id: 'sampleSize', header: t('settings.fits.sampleSize'), cell: (fit) => format.number(fit.sampleSize), numeric: true },
      { id: 'seconds', header: t('settings.fits.seconds'), cell: (fit) => format.number(fit.seconds), numeric: true },
      { id: 'fittedAt', header: t('settings.fits.fittedAt'), cell: (fit) => format.dateTime(fit.fittedAt) },
    ],
    [t, format],
  );

  const refitButton = canRefit && (
    <button
      type="button"
      className="button button-secondary button-small"
      disabled={refit.isPending}
      onClick={() => refit.mutate()}
      data-testid="refit"
    >
      {t(refit.isPending ? 'settings.fits.refitting' : 'settings.fits.refit')}
    </button>
  );

  return (
    <SettingsCard title={t('settings.fits.title')} action={refitButton}>
      {refit.error && <ErrorAlert error={refit.error} />}
      {fits.data ? (
        <DataTable
          label={t('settings.fits.title')}
          columns={columns}
          rows={fits.data}
          rowKey={(fit) => `${fit.model}-${fit.fittedAt}`}
          rowAttributes={() => ({ 'data-testid': 'fit-row' })}
          empty={t('settings.fits.empty')}
        />
      ) : fits.isError ? (
        <LoadError onRetry={() => void fits.refetch()} />
      ) : (
        <Loading />
      )}
    </SettingsCard>
  );
}
