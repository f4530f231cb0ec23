import { z } from 'zod';
import { bilingual } from '../schema/bilingual';
import { isoDateSchema, moneySchema, regionCodeSchema } from '../schema/primitives';
import { hardshipKindSchema } from './params';

/**
 * Causes of hardship (银川 2021 二(一); 汉政办发〔2016〕57号 三(四); 2018 意见 二(一)).
 * 急难型 causes: accident, fire, sudden serious illness, disaster, public-health emergency;
 * 支出型 causes: rigid medical or education expenditure beyond the household's capacity.
 */
export const HARDSHIP_CAUSES = [
  'accident', // 交通事故等意外事件
  'fire', // 火灾
  'sudden-serious-illness', // 突发重大疾病
  'disaster', // 自然灾害
  'public-health-emergency', // 突发公共卫生事件
  'medical-expenditure', // 医疗刚性支出超出承受能力
  'education-expenditure', // 教育刚性支出超出承受能力
  'other', // 其他特殊困难
] as const;
export const hardshipCauseSchema = z.enum(HARDSHIP_CAUSES);
export type HardshipCause = z.infer<typeof hardshipCauseSchema>;

/** Causes each kind admits ('other' fits both). */
export const CAUSES_BY_KIND = {
  emergency: [
    'accident',
    'fire',
    'sudden-serious-illness',
    'disaster',
    'public-health-emergency',
    'other',
  ],
  expenditure: ['medical-expenditure', 'education-expenditure', 'other'],
} as const satisfies Record<z.infer<typeof hardshipKindSchema>, readonly HardshipCause[]>;

const memberIds = z.array(z.string().min(1).max(64)).min(1).max(200);

/**
 * A hardship event for 临时救助 (R5): its kind, who is aided, the cause, when and where it
 * happened, who was affected, and optionally a 一事一议 request with the amount approved.
 */
export const hardshipEventSchema = z
  .strictObject({
    id: z.string().min(1).max(128).optional(),
    /** 急难型 `emergency` or 支出型 `expenditure`. */
    kind: hardshipKindSchema,
    /** Aid to the household, or to individual members (个人救助对象) named in `memberIds`. */
    recipient: z.enum(['household', 'individual']),
    /** With `individual`: the members aided. */
    memberIds: memberIds.optional(),
    cause: hardshipCauseSchema,
    /** The day the event happened. */
    date: isoDateSchema,
    /** GB/T 2260 code of the place where it happened. */
    region: regionCodeSchema,
    /** Members directly affected (who was injured, fell ill, …). */
    affectedMemberIds: memberIds,
    /** Out-of-pocket expenditure of the event after insurance and other aid (支出型). */
    outOfPocket: moneySchema.optional(),
    /**
     * The amount the handling office proposes for the event (拟救助金额), where the table gives a
     * range of multiples for its kind: paid within the range, raised to its minimum.
     */
    proposedAmount: moneySchema.optional(),
    /** 一事一议: the case is put for individual decision; `approvedAmount` once approved. */
    caseByCase: z
      .strictObject({
        approvedAmount: moneySchema.optional(),
        approvalReference: z.string().min(1).max(200).optional(),
      })
      .optional(),
  })
  .superRefine((e, ctx) => {
    if (e.recipient === 'individual' && e.memberIds === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['memberIds'],
        message: bilingual(
          'an individual recipient needs memberIds',
          '个人救助对象须列出 memberIds',
        ),
      });
    }
    if (e.recipient === 'household' && e.memberIds !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['memberIds'],
        message: bilingual(
          'memberIds is only for individual recipients',
          'memberIds 仅用于个人救助对象',
        ),
      });
    }
    if (!(CAUSES_BY_KIND[e.kind] as readonly string[]).includes(e.cause)) {
      ctx.addIssue({
        code: 'custom',
        path: ['cause'],
        message: bilingual(
          'the cause does not fit the kind of temporary aid',
          '困难原因与临时救助类型不符',
        ),
      });
    }
    const cc = e.caseByCase;
    if (cc?.approvedAmount !== undefined && cc.approvalReference === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['caseByCase', 'approvalReference'],
        message: bilingual(
          'an approved 一事一议 amount needs its approval reference',
          '一事一议核定金额须注明审批文号',
        ),
      });
    }
  });

/** A parsed hardship event (amounts as canonical decimal strings). */
export type HardshipEvent = z.output<typeof hardshipEventSchema>;
/** What {@link parseHardshipEvent} accepts. */
export type HardshipEventInput = z.input<typeof hardshipEventSchema>;
