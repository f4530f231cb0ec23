import type { Source } from './figure-schema';

/** Where a figure used in a determination comes from. */
export type Provenance =
  | { kind: 'published'; entryId: string; source: Source }
  | { kind: 'illustrative'; entryId: string; note: string; source?: Source };

/** Text of a provenance for traces: `《…》 number clause (published)` or `illustrative: note`. */
export function provenanceText(p: Provenance): string {
  if (p.kind === 'illustrative') return `illustrative (${p.entryId}): ${p.note}`;
  const s = p.source;
  return `${s.document}${s.number ? ` ${s.number}` : ''} ${s.clause} (${s.published})`;
}
