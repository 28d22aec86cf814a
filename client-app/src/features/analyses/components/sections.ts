import type { ComponentType } from 'react';
import { AbcParetoSection } from './abc-pareto-section';
import { CategoriesSection } from './categories-section';
import { CohortsSection } from './cohorts-section';
import { ComplaintsSection } from './complaints-section';
import { CrossSellSection } from './cross-sell-section';
import { MovementSection } from './movement-section';
import { OverContactedSection } from './over-contacted-section';
import { ProfitabilitySection } from './profitability-section';
import { RfmGridSection } from './rfm-grid-section';
import { SatisfactionSection } from './satisfaction-section';
import { TopSpendersSection } from './top-spenders-section';

/** The analyses in tab order: classification first, then behaviour, value, and attention. */
export const SECTIONS = [
  { id: 'rfm', label: 'analyses.rfm.title', description: 'analyses.rfm.description', Component: RfmGridSection },
  { id: 'abc', label: 'analyses.abc.title', description: 'analyses.abc.description', Component: AbcParetoSection },
  { id: 'movement', label: 'analyses.movement.title', description: 'analyses.movement.description', Component: MovementSection },
  { id: 'cohorts', label: 'analyses.cohorts.title', description: 'analyses.cohorts.description', Component: CohortsSection },
  { id: 'categories', label: 'analyses.categories.title', description: 'analyses.categories.description', Component: CategoriesSection },
  { id: 'cross-sell', label: 'analyses.crossSell.title', description: 'analyses.crossSell.description', Component: CrossSellSection },
  { id: 'profitability', label: 'analyses.profitability.title', description: 'analyses.profitability.description', Component: ProfitabilitySection },
  { id: 'top-spenders', label: 'analyses.topSpenders.title', description: 'analyses.topSpenders.description', Component: TopSpendersSection },
  { id: 'satisfaction', label: 'analyses.satisfaction.title', description: 'analyses.satisfaction.description', Component: SatisfactionSection },
  { id: 'complaints', label: 'analyses.complaints.title', description: 'analyses.complaints.description', Component: ComplaintsSection },
  { id: 'contacts', label: 'analyses.contacts.title', description: 'analyses.contacts.description', Component: OverContactedSection },
] as const satisfies readonly { id: string; label: string; description: string; Component: ComponentType }[];

export type SectionId = (typeof SECTIONS)[number]['id'];
