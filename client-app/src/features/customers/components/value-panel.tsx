import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/badge';
import { useFormat } from '@/hooks/use-format';
import type { CustomerValue } from '../types';
import { FactList, ifKnown } from './fact-list';
import { Meter } from './meter';
import { Panel } from './panel';

interface ValuePanelProps {
  value: CustomerValue;
  /** The tenant's churn risk line, once its settings are loaded. */
  riskLine: number | undefined;
}

export function ValuePanel({ value, riskLine }: ValuePanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number | string) => format.money(amount, value.currency);
  const risk = Number(value.churnRisk);
  return (
    <Panel title={t('customers.value.title')} testId="value-panel">
      <FactList
        facts={[
          [
            t('customers.value.clv'),
            ifKnown(value.clv, (clv) => (
              <>
                {money(clv)}{' '}
                {value.topClvQuintile && <Badge tone="ok">{t('customers.value.topClv')}</Badge>}
              </>
            )),
            'value-clv',
          ],
          [t('customers.value.probabilityAlive'), ifKnown(value.probabilityAlive, format.percent), 'value-p-alive'],
          [t('customers.value.expected30'), ifKnown(value.expectedPurchases30, format.decimal), 'value-expected-30'],
          [t('customers.value.expected90'), ifKnown(value.expectedPurchases90, format.decimal), 'value-expected-90'],
          [t('customers.value.expected365'), ifKnown(value.expectedPurchases365, format.decimal), 'value-expected-365'],
          [t('customers.value.expectedSpend'), ifKnown(value.expectedSpend, money), 'value-expected-spend'],
          [
            t('customers.value.recency'),
            ifKnown(value.recencyDays, (days) => t('customers.days', { count: Math.floor(Number(days)) })),
          ],
        ]}
      />
      <div className="risk">
        <div className="risk-heading">
          <span>{t('customers.value.churnRisk')}</span>
          <strong data-testid="value-churn-risk">{format.percent(risk)}</strong>
        </div>
        <Meter
          label={t('customers.value.churnRisk')}
          value={risk}
          tone={riskLine !== undefined && risk >= riskLine ? 'warn' : 'accent'}
          line={riskLine === undefined ? undefined : { at: riskLine, label: t('customers.value.riskLine', { line: format.percent(riskLine) }) }}
          testId="churn-risk-meter"
        />
        {riskLine !== undefined && (
          <p className="muted risk-caption">{t('customers.value.riskLine', { line: format.percent(riskLine) })}</p>
        )}
      </div>
    </Panel>
  );
}
