import type { Citation } from './trace/types';

/**
 * The national documents rules cite. A locality's documents are not here: a region's own clauses
 * are table data (`entries[].citations`, layered like every parameter), so no household is shown
 * another city's text. Titles and numbers as published; a number the project could not
 * verify is left out rather than guessed. Source texts: `shared/policy-sources/` and
 * `shared/national-rules.md`.
 *
 * @module
 */
export const DOCUMENTS = {
  /** 《社会救助暂行办法》 国务院令第649号 (2014; amended 2019-03-02). */
  interimMeasures: { document: '社会救助暂行办法', number: '国务院令第649号' },
  /** 《最低生活保障审核确认办法》 民政部 2021 (in force 2021-07-01). */
  dibaoReview2021: { document: '最低生活保障审核确认办法', number: '民发〔2021〕57号' },
  /** 《特困人员认定办法》 民政部 2021 (in force 2021-07-01). Number not verified. */
  tekunRecognition2021: { document: '特困人员认定办法（民政部 2021）' },
  /** 民政部 民发〔2021〕16号 (national opinion on rural revitalisation). */
  mca2021: {
    document: '民政部关于巩固拓展民政领域脱贫攻坚成果同乡村振兴有效衔接的实施意见',
    number: '民发〔2021〕16号',
  },
  /** 国务院关于全面建立临时救助制度的通知 国发〔2014〕47号 (read only in news summaries). */
  temporaryAid2014: {
    document: '国务院关于全面建立临时救助制度的通知',
    number: '国发〔2014〕47号',
  },
  /** 民政部 财政部 2018-01-23 opinion on temporary aid. Number not verified. */
  temporaryAid2018: {
    document: '民政部 财政部关于进一步加强和改进临时救助工作的意见（2018-01-23）',
  },
  /** 民政部等 2022 notice on 低保 and other basic assistance. Number not verified. */
  bottomLine2022: {
    document: '民政部等关于进一步做好最低生活保障等社会救助兜底保障工作的通知（2022）',
  },
  /** 《中华人民共和国民法典》 (calendar periods, 第二百零一条–第二百零三条). */
  civilCode: { document: '中华人民共和国民法典' },
} as const satisfies Record<string, Omit<Citation, 'clause'>>;

const KEYS = new Map<string, string>(
  Object.entries(DOCUMENTS).map(([key, d]) => [documentText(d), key]),
);

/** A document's title and number as one text, to find it by. */
export function documentText(d: Omit<Citation, 'clause'>): string {
  return `${d.document}\u0000${d.number ?? ''}`;
}

/** The key of a national document in {@link DOCUMENTS} (e.g. `interimMeasures`), if it is one. */
export function nationalDocumentKey(d: Omit<Citation, 'clause'>): string | undefined {
  return KEYS.get(documentText(d));
}

/** A citation of a clause of a known document. */
export function cite(doc: keyof typeof DOCUMENTS, clause: string): Citation {
  return { ...DOCUMENTS[doc], clause };
}
