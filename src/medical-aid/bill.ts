import { z } from 'zod';
import { Rational } from '../money/rational';
import { isoDateSchema, moneySchema } from '../schema/primitives';
import { BILL_KINDS } from './params';

/**
 * One medical bill of a member, after every insurance (基本医疗保险, 大病保险, 补充保险) has paid.
 * Amounts are JSON numbers or decimal strings in yuan, as in the household snapshot.
 */
export const medicalBillSchema = z
  .strictObject({
    memberId: z.string().min(1).max(64),
    /** Date of discharge or of the visit. */
    date: isoDateSchema,
    kind: z.enum(BILL_KINDS),
    /** Total cost of the bill. */
    totalCost: moneySchema,
    /** 政策范围内个人自负: the compliant out-of-pocket cost after all insurance. */
    outOfPocket: moneySchema,
    /** Medical aid already paid to the member this calendar year (for the annual cap). */
    yearToDateAid: moneySchema.optional(),
    /** Compliant out-of-pocket cost of the household earlier this year (for 因病致贫 capacity). */
    yearToDateOutOfPocket: moneySchema.optional(),
  })
  .superRefine((b, ctx) => {
    const oop = Rational.parse(b.outOfPocket);
    const total = Rational.parse(b.totalCost);
    if (oop !== undefined && total !== undefined && oop.gt(total))
      ctx.addIssue({
        code: 'custom',
        path: ['outOfPocket'],
        message: 'the out-of-pocket cost exceeds the total cost',
        params: { zh: '个人自负费用超过医疗总费用' },
      });
  });
/** A parsed bill: amounts are canonical decimal strings. */
export type MedicalBill = z.output<typeof medicalBillSchema>;
/** What {@link medicalBillSchema} accepts. */
export type MedicalBillInput = z.input<typeof medicalBillSchema>;
