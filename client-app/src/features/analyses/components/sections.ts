import type { ComponentType } from 'react';
import { ComplaintsSection } from './complaints-section';
import { OverContactedSection } from './over-contacted-section';
import { SatisfactionSection } from './satisfaction-section';

/** The analyses in tab order. */
export const SECTIONS = [
  { id: 'satisfaction', label: 'analyses.satisfaction.title', description: 'analyses.satisfaction.description', Component: SatisfactionSection },
  { id: 'complaints', label: 'analyses.complaints.title', description: 'analyses.complaints.description', Component: ComplaintsSection },
  { id: 'contacts', label: 'analyses.contacts.title', description: 'analyses.contacts.description', Component: OverContactedSection },
] as const satisfies readonly { id: string; label: string; description: string; Component: ComponentType }[];

export type SectionId = (typeof SECTIONS)[number]['id'];
