import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useSaveAnalysisSettings } from '../api/save-analysis-settings';
import { defaultGrid, resampleGrid } from '../segment-grid';
import { useSegmentName } from '../segment-names';
import { toFormValues, toSettings, type SettingsFormValues } from '../settings-form';
import { FIELDS_SHOWN, settingsProblems } from '../settings-problems';
import { MAX_LEVELS, MIN_LEVELS, type AnalysisSettings } from '../types';
import { SegmentGridEditor } from './segment-grid-editor';
import { SegmentNamesEditor } from './segment-names-editor';
import { SelectField } from './select-field';
import { SettingsCard } from './settings-card';
import { ValueFields } from './value-fields';

const LEVEL_CHOICES = Array.from({ length: MAX_LEVELS - MIN_LEVELS + 1 }, (_, index) => String(MIN_LEVELS + index));

export function SettingsForm({ settings, canEdit }: { settings: AnalysisSettings; canEdit: boolean }) {
  const { t } = useTranslation();
  const save = useSaveAnalysisSettings();
  const [values, setValues] = useState<SettingsFormValues>(() => toFormValues(settings));
  const segmentName = useSegmentName(values.names);
  const problems = useMemo(() => settingsProblems(save.error), [save.error]);

  const update = (changes: Partial<SettingsFormValues>) => setValues((current) => ({ ...current, ...changes }));
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(toSettings(values));
  };

  const resetGrid = canEdit && (
    <button
      type="button"
      className="button button-secondary button-small"
      onClick={() => update({ grid: defaultGrid(values.levels) })}
      data-testid="reset-grid"
    >
      {t('settings.grid.reset')}
    </button>
  );

  return (
    <form className="page" onSubmit={handleSubmit} noValidate>
      <SettingsCard title={t('settings.segmentsTitle')} action={resetGrid}>
        <div className="settings-fields">
          <SelectField
            label={t('settings.levels')}
            value={String(values.levels)}
            options={LEVEL_CHOICES.map((levels) => ({ value: levels, label: levels }))}
            disabled={!canEdit}
            errors={problems.levels}
            onChange={(event) => {
              const levels = Number(event.target.value);
              update({ levels, grid: resampleGrid(values.grid, levels) });
            }}
            data-testid="levels"
          />
          <p className="field-hint muted">{t('settings.levelsHint')}</p>
        </div>
        <p className="muted">{t(canEdit ? 'settings.grid.hint' : 'settings.grid.hintReadOnly')}</p>
        <SegmentGridEditor
          grid={values.grid}
          segmentName={segmentName}
          onChange={canEdit ? (grid) => update({ grid }) : undefined}
          errors={problems.grid}
        />
      </SettingsCard>

      <SettingsCard title={t('settings.namesTitle')}>
        <p className="muted">{t('settings.namesHint')}</p>
        <SegmentNamesEditor
          names={values.names}
          onChange={canEdit ? (names) => update({ names }) : undefined}
          errors={problems.names}
        />
      </SettingsCard>

      <SettingsCard title={t('settings.valueTitle')}>
        <ValueFields values={values} problems={problems} onChange={canEdit ? update : undefined} />
      </SettingsCard>

      {canEdit ? (
        <div className="settings-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="save-settings">
            {t(save.isPending ? 'settings.saving' : 'settings.save')}
          </button>
          {save.error && <ErrorAlert error={save.error} fieldsShown={FIELDS_SHOWN} />}
          {save.isSuccess && (
            <p className="form-notice" role="status" data-testid="settings-saved">
              {t('settings.saved')}
            </p>
          )}
        </div>
      ) : (
        <p className="muted" data-testid="read-only-notice">
          {t('settings.readOnly')}
        </p>
      )}
    </form>
  );
}
