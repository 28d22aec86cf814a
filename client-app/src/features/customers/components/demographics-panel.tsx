import { useTranslation } from 'react-i18next';
import type { CustomerDemographics } from '../types';
import { FactList } from './fact-list';
import { Panel } from './panel';

/** As the shop sent them; the payer is not always the user, so these describe the buyer. */
export function DemographicsPanel({ demographics }: { demographics: CustomerDemographics }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('customers.demographics.title')} testId="demographics-panel">
      <FactList
        facts={[
          [t('customers.demographics.gender'), demographics.gender],
          [t('customers.demographics.ageBand'), demographics.ageBand],
          [t('customers.demographics.city'), demographics.city],
          [t('customers.demographics.region'), demographics.region],
          [t('customers.demographics.channel'), demographics.channel],
          [t('customers.demographics.occupation'), demographics.occupation],
          [t('customers.demographics.incomeBand'), demographics.incomeBand],
          [t('customers.demographics.phone'), demographics.phone],
        ]}
      />
    </Panel>
  );
}
