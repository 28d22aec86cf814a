import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { useLabel } from '../hooks/use-label';
import type { CustomerBehaviour } from '../types';
import { FactList, ifKnown } from './fact-list';
import { Panel } from './panel';

export function BehaviourPanel({ behaviour, currency }: { behaviour: CustomerBehaviour; currency: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  return (
    <Panel title={t('customers.behaviour.title')} testId="behaviour-panel">
      <FactList
        facts={[
          [t('customers.behaviour.buyerType'), ifKnown(behaviour.buyerType, (type) => label('customers.buyerTypes', type))],
          [
            t('customers.behaviour.promotion'),
            ifKnown(behaviour.promotionLabel, (promotion) =>
              t('customers.behaviour.promotionShare', {
                label: label('customers.promotion', promotion),
                share: format.percent(behaviour.promotionShare),
              }),
            ),
          ],
          [
            t('customers.behaviour.preferredCategories'),
            behaviour.preferredCategories.length > 0 ? behaviour.preferredCategories.join(', ') : null,
          ],
          [
            t('customers.behaviour.purchasingPower'),
            ifKnown(behaviour.purchasingPower, (power) => label('customers.purchasingPower', power)),
          ],
          [t('customers.behaviour.purchaseDays'), format.number(behaviour.purchaseDays)],
          [
            t('customers.behaviour.meanInterval'),
            ifKnown(behaviour.meanIntervalDays, (days) => t('customers.days', { count: Math.round(Number(days)) })),
          ],
          [t('customers.behaviour.discounts'), format.money(behaviour.discounts, currency)],
          [t('customers.behaviour.firstOrder'), ifKnown(behaviour.firstOrderAt, format.date)],
        ]}
      />
    </Panel>
  );
}
