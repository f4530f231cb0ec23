/**
 * Chinese texts of the English messages the schemas give zod. zod keeps only one message per
 * check; the Chinese one is looked up here when an issue is rendered.
 */
const ZH = new Map<string, string>();

/** Registers the Chinese text of an English schema message and returns the English one. */
export function bilingual(en: string, zh: string): string {
  ZH.set(en, zh);
  return en;
}

/** The Chinese text registered for an English message. */
export function zhFor(en: string): string | undefined {
  return ZH.get(en);
}
