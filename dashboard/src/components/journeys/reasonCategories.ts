import type { ReasonCategory } from '../../../../shared/schemas/journey.ts';

export interface CategoryInfo {
  label: string;
  /** Who acts on it: what routing will send these answers to. */
  team: string;
}

// A Record over the type, so a category added to the schema fails the type check here.
export const CATEGORY_INFO: Record<ReasonCategory, CategoryInfo> = {
  pricing: { label: 'Pricing', team: 'Commercial team' },
  payment: { label: 'Payment', team: 'Payments team' },
  information: { label: 'Information', team: 'Customer service' },
  form: { label: 'Form', team: 'Product team' },
  technical: { label: 'Technical', team: 'IT team' },
  intent: { label: 'Intent', team: 'Marketing' },
  other: { label: 'Other', team: 'Triage' },
};

export function categoryInfo(category: string): CategoryInfo {
  return CATEGORY_INFO[category as ReasonCategory] ?? { label: category, team: 'Triage' };
}
