import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import type { TenantModel } from '../types';
import { CutPointsTable } from './cut-points-table';
import { ParameterList } from './parameter-list';
import { SettingsCard } from './settings-card';

/** The model every customer is scored with now; version 0 is the built-in default, before any computation. */
export function ModelSummary({ model }: { model: TenantModel }) {
  const { t } = useTranslation();
  const format = useFormat();
  const computed = Number(model.version ?? 0) > 0;
  const notYet = <span className="muted">{t('settings.model.notYet')}</span>;

  return (
    <SettingsCard title={t('settings.model.title')} data-testid="model-summary">
      <dl className="facts">
        <dt>{t('settings.model.version')}</dt>
        <dd data-testid="model-version">{format.number(model.version ?? 0)}</dd>
        <dt>{t('settings.model.computedAt')}</dt>
        <dd>{computed && model.computedAt ? format.dateTime(model.computedAt) : notYet}</dd>
        <dt>{t('settings.model.sampleSize')}</dt>
        <dd data-testid="model-sample-size">{format.number(model.sampleSize ?? 0)}</dd>
        <dt>{t('settings.model.abc')}</dt>
        <dd data-testid="model-abc">
          {model.abc
            ? t('settings.model.abcCutoffs', {
                a: format.money(model.abc.aMinimumRevenue),
                b: format.money(model.abc.bMinimumRevenue),
              })
            : notYet}
        </dd>
        <dt>{t('settings.model.bgNbd')}</dt>
        <dd data-testid="model-bg-nbd">{model.bgNbd ? <ParameterList parameters={model.bgNbd} /> : notYet}</dd>
        <dt>{t('settings.model.gammaGamma')}</dt>
        <dd data-testid="model-gamma-gamma">
          {model.gammaGamma ? <ParameterList parameters={model.gammaGamma} /> : notYet}
        </dd>
      </dl>
      {model.thresholds && <CutPointsTable thresholds={model.thresholds} />}
    </SettingsCard>
  );
}
