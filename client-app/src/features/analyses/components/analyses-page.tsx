import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SECTIONS, type SectionId } from './sections';
import './analyses.css';

const SECTION_PARAM = 'view';

/** One analysis at a time, chosen by tab and kept in the address so it can be shared. */
export function AnalysesPage() {
  const { t } = useTranslation();
  const panelId = useId();
  const [params, setParams] = useSearchParams();
  const active = SECTIONS.find((section) => section.id === params.get(SECTION_PARAM)) ?? SECTIONS[0];
  const select = (id: SectionId) => setParams({ [SECTION_PARAM]: id }, { replace: true });

  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('analyses.title')}</h1>
        <p className="muted">{t('analyses.intro')}</p>
      </div>
      <div className="analysis-tabs" role="tablist" aria-label={t('analyses.tabsLabel')}>
        {SECTIONS.map((section) => (
          <button
            key={section.id}
            type="button"
            role="tab"
            className="analysis-tab"
            aria-selected={section === active}
            aria-controls={panelId}
            onClick={() => select(section.id)}
            data-testid={`analysis-tab-${section.id}`}
          >
            {t(section.label)}
          </button>
        ))}
      </div>
      <section className="card" role="tabpanel" id={panelId} aria-label={t(active.label)}>
        <p className="muted analysis-description">{t(active.description)}</p>
        <active.Component />
      </section>
    </div>
  );
}
