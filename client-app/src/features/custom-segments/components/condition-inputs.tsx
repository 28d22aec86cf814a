import { useTranslation } from 'react-i18next';
import { operatorsFor, withField, type ConditionDraft, type FieldCatalogue, type Operator } from '../rule-draft';
import { useFieldLabel } from './use-field-label';

interface ConditionInputsProps {
  condition: ConditionDraft;
  fields: FieldCatalogue;
  readOnly: boolean;
  onChange: (condition: ConditionDraft) => void;
}

const toggled = (values: string[], value: string, on: boolean) =>
  on ? [...values, value] : values.filter((other) => other !== value);

/** A field, an operator that applies to its kind, and the value inputs that operator needs. */
export function ConditionInputs({ condition, fields, readOnly, onChange }: ConditionInputsProps) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const field = fields.get(condition.field);
  const change = (patch: Partial<ConditionDraft>) => onChange({ ...condition, ...patch });
  const numberInput = (key: 'value' | 'min' | 'max', label: string) => (
    <input
      type="number"
      step="any"
      aria-label={label}
      value={condition[key]}
      disabled={readOnly}
      onChange={(event) => change({ [key]: event.target.value })}
      data-testid={`condition-${key}`}
    />
  );

  return (
    <>
      <select
        aria-label={t('customSegments.field')}
        value={condition.field}
        disabled={readOnly}
        onChange={(event) => onChange(withField(condition, fields.get(event.target.value)!))}
        data-testid="condition-field"
      >
        {[...fields.values()].map((option) => (
          <option key={option.name} value={option.name} title={option.description}>
            {fieldLabel(option.name)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('customSegments.operator')}
        value={condition.operator}
        disabled={readOnly}
        onChange={(event) => change({ operator: event.target.value as Operator })}
        data-testid="condition-operator"
      >
        {operatorsFor(field).map((operator) => (
          <option key={operator} value={operator}>
            {t(`customSegments.operators.${operator}`)}
          </option>
        ))}
      </select>
      {condition.operator === 'between' ? (
        <>
          {numberInput('min', t('customSegments.min'))}
          <span className="muted">{t('customSegments.and')}</span>
          {numberInput('max', t('customSegments.max'))}
        </>
      ) : field?.kind === 'Enum' && condition.operator === 'in' ? (
        <span className="rule-choices" role="group" aria-label={t('customSegments.value')}>
          {field.allowedValues?.map((value) => (
            <label key={value} className="rule-check">
              <input
                type="checkbox"
                checked={condition.values.includes(value)}
                disabled={readOnly}
                onChange={(event) => change({ values: toggled(condition.values, value, event.target.checked) })}
                data-testid="condition-choice"
              />
              {value}
            </label>
          ))}
        </span>
      ) : field?.kind === 'Enum' ? (
        <select
          aria-label={t('customSegments.value')}
          value={condition.value}
          disabled={readOnly}
          onChange={(event) => change({ value: event.target.value })}
          data-testid="condition-value"
        >
          <option value="" disabled>
            {t('customSegments.choose')}
          </option>
          {field.allowedValues?.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      ) : field?.kind === 'Number' ? (
        numberInput('value', t('customSegments.value'))
      ) : (
        <input
          type="text"
          aria-label={t('customSegments.value')}
          placeholder={condition.operator === 'in' ? t('customSegments.valuesHint') : undefined}
          value={condition.value}
          disabled={readOnly}
          onChange={(event) => change({ value: event.target.value })}
          data-testid="condition-value"
        />
      )}
    </>
  );
}
