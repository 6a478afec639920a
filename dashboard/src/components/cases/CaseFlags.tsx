import type { CaseSummary } from '../../../../shared/schemas/cases.ts';

/** What needs attention or is done for the customer, as words: overdue, customer told. */
export function CaseFlags({ item }: { item: Pick<CaseSummary, 'overdue' | 'customerTold'> }) {
  return (
    <>
      {item.overdue && <span class="case-flag case-flag-overdue">Overdue</span>}
      {item.customerTold && <span class="case-flag case-flag-told">Customer told</span>}
    </>
  );
}
