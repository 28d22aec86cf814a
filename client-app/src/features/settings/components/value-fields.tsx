import { useTranslation } from 'react-i18next';
import type { SettingsFormValues } from '../settings-form';
import type { SettingsProblems } from '../settings-problems';
import { PERIOD_UNITS, type PeriodUnit } from '../types';
import { SelectField } from './select-field';
import { ShareField } from './share-field';

type FractionField = 'abcA' | 'abcB' | 'annualDiscountRate' | 'churnRiskThreshold' | 'probabilityAliveLine';

// The ABC problems are about both shares together, so they show once, under A.
const FRACTION_FIELDS = [
  { field: 'abcA', label: 'settings.abcA', hint: 'settings.abcHint', problems: 'abc', testId: 'abc-a' },
  { field: 'abcB', label: 'settings.abcB', hint: undefined, problems: undefined, testId: 'abc-b' },
  {
    field: 'annualDiscountRate',
    label: 'settings.annualDiscountRate',
    hint: 'settings.annualDiscountRateHint',
    problems: 'annualDiscountRate',
    testId: 'annual-discount-rate',
  },
  {
    field: 'churnRiskThreshold',
    label: 'settings.churnRiskThreshold',
    hint: 'settings.churnRiskThresholdHint',
    problems: 'churnRiskThreshold',
    testId: 'churn-risk-threshold',
  },
  {
    field: 'probabilityAliveLine',
    label: 'settings.probabilityAliveLine',
    hint: 'settings.probabilityAliveLineHint',
    problems: 'probabilityAliveLine',
    testId: 'probability-alive-line',
  },
] as const satisfies readonly {
  field: FractionField;
  label: string;
  hint: string | undefined;
  problems: Exclude<keyof SettingsProblems, 'names'> | undefined;
  testId: string;
}[];

interface ValueFieldsProps {
  values: SettingsFormValues;
  problems: SettingsProblems;
  onChange?: (changes: Partial<SettingsFormValues>) => void;
}

/** ABC shares, the discount rate, the alert lines and the fit period. */
export function ValueFields({ values, problems, onChange }: ValueFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="settings-fields">
      {FRACTION_FIELDS.map(({ field, label, hint, problems: problemsOf, testId }) => (
        <ShareField
          key={field}
          label={t(label)}
          hint={hint && t(hint)}
          value={values[field]}
          readOnly={!onChange}
          onChange={(value) => onChange?.({ [field]: value })}
          errors={problemsOf && problems[problemsOf]}
          data-testid={testId}
        />
      ))}
      <SelectField
        label={t('settings.fitPeriod')}
        value={values.fitPeriod}
        options={PERIOD_UNITS.map((unit) => ({ value: unit, label: t(`settings.periodUnits.${unit}`) }))}
        disabled={!onChange}
        onChange={(event) => onChange?.({ fitPeriod: event.target.value as PeriodUnit })}
        data-testid="fit-period"
      />
    </div>
  );
}
