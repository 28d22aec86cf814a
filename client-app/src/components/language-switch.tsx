import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="sr-only">{t('language.label')}</span>
      <select value={i18n.resolvedLanguage} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {(Object.keys(LANGUAGES) as Language[]).map((language) => (
          <option key={language} value={language}>
            {LANGUAGES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
