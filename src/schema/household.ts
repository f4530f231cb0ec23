import { z } from 'zod';
import { Rational } from '../money/rational';
import {
  areaSchema,
  isoDateSchema,
  moneySchema,
  periodSchema,
  regionCodeSchema,
} from './primitives';

/**
 * The household snapshot: the facts a caseworker records about one applying or recipient
 * household. Every fact the rules may need is optional: an unknown fact stays `undefined` and the
 * rule that needs it answers `undetermined`, never a guess. `null` states a known absence
 * (e.g. `disability: null` — the member has no disability certificate).
 *
 * Objects are strict: an unknown key (often a misspelt fact) is an input error, not ignored.
 *
 * @module
 */

/** Disability categories of the 残疾人证 (GB/T 26341). */
export const DISABILITY_CATEGORIES = [
  'visual', // 视力
  'hearing', // 听力
  'speech', // 言语
  'physical', // 肢体
  'intellectual', // 智力
  'mental', // 精神
  'multiple', // 多重
] as const;
export const disabilityCategorySchema = z.enum(DISABILITY_CATEGORIES);
export type DisabilityCategory = z.infer<typeof disabilityCategorySchema>;

/** A disability certificate: category and grade 1 (most severe) to 4. */
export const disabilitySchema = z.strictObject({
  category: disabilityCategorySchema,
  grade: z.int().min(1).max(4),
});
export type Disability = z.infer<typeof disabilitySchema>;

/**
 * The six daily activities of 特困人员认定办法 第21条; `true` = done without help.
 */
export const dailyActivitiesSchema = z.strictObject({
  eating: z.boolean().optional(),
  dressing: z.boolean().optional(),
  transferring: z.boolean().optional(),
  toileting: z.boolean().optional(),
  walkingIndoors: z.boolean().optional(),
  bathing: z.boolean().optional(),
});
export type DailyActivities = z.infer<typeof dailyActivitiesSchema>;

export const RELATIONS = [
  'head',
  'spouse',
  'child',
  'parent',
  'parent-in-law',
  'grandparent',
  'grandchild',
  'sibling',
  'other',
] as const;

export const EMPLOYMENT_STATUSES = [
  'employed',
  'self-employed',
  'flexible', // 灵活就业
  'unemployed',
  'retired',
  'not-in-labour-force',
] as const;

export const SCHOOLING_LEVELS = [
  'none',
  'preschool',
  'compulsory', // 义务教育
  'high-school', // 普通高中
  'vocational', // 中等职业学校
  'higher', // 高等教育 (专科/本科)
  'postgraduate',
] as const;
export type SchoolingLevel = (typeof SCHOOLING_LEVELS)[number];

/** The levels of full-time study a member may live away for (no `none`, no `preschool`). */
export const STUDY_AWAY_LEVELS = [
  'compulsory',
  'high-school',
  'vocational',
  'higher',
  'postgraduate',
] as const satisfies readonly SchoolingLevel[];

/** One member of the household. `name` and `idNumber` are accepted but never copied to output. */
export const memberSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().max(200).optional(),
  idNumber: z.string().max(64).optional(),
  birthDate: isoDateSchema.optional(),
  relation: z.enum(RELATIONS).optional(),
  /** 共同生活: lives with the household. Only co-resident members count (最低生活保障审核确认办法 第7条). */
  livesWithHousehold: z.boolean().optional(),
  /**
   * Lives away from the household for full-time education (全日制学历教育, living at school), at
   * this level; `null` states that the member is not away for study. A child (`relation: 'child'`)
   * who does not live with the household but is away for full-time study at a level the table
   * counts (`income.studentsAway.levels`; 本科及以下 in 最低生活保障审核确认办法 第七条) is still a
   * household member. Asked of children who do not live with the household.
   */
  awayForFullTimeStudy: z.enum(STUDY_AWAY_LEVELS).nullable().optional(),
  disability: disabilitySchema.nullable().optional(),
  seriousIllness: z.boolean().optional(),
  labourCapacity: z.enum(['full', 'partial', 'none']).optional(),
  dailyActivities: dailyActivitiesSchema.optional(),
  employment: z.enum(EMPLOYMENT_STATUSES).optional(),
  schooling: z.enum(SCHOOLING_LEVELS).optional(),
  /** This member is currently supported as 特困 (特困人员). */
  tekun: z.boolean().optional(),
  /**
   * Ids of the members who owe this member legal support (法定赡养、抚养、扶养义务人; 特困人员认定办法
   * 第四条), co-resident or not; `[]` states that there is none.
   */
  supporterIds: z.array(z.string().min(1).max(64)).max(100).optional(),
  /** This member receives 低保 (in this or another household). */
  dibaoRecipient: z.boolean().optional(),
  /**
   * Why this member cannot perform a support duty regardless of means (特困人员认定办法 第八条第五项);
   * `null` states that none applies.
   */
  supportBarrier: z
    .enum(['no-civil-capacity', 'declared-missing', 'imprisoned'])
    .nullable()
    .optional(),
  /** This member's own property is within the local 低收入家庭 property rules (第八条第三–五项). */
  propertyWithinLowIncomeRules: z.boolean().optional(),
  /** 特困 support mode: 集中供养 (in an institution) or 分散供养 (at home). */
  supportMode: z.enum(['concentrated', 'dispersed']).optional(),
  /** An assessed care level id, for tables whose care scale is assessed rather than counted. */
  careLevel: z.string().min(1).max(64).optional(),
  /** 建档立卡贫困人口: registered as poor in the 2014–2020 poverty-alleviation register. */
  registeredPoor: z.boolean().optional(),
  /**
   * Months of long-term care (special care services or consumables) the member needs, as assessed
   * for the 重度残疾人护理补贴; `0` when none is needed.
   */
  carePeriodMonths: z.int().min(0).max(1200).optional(),
  /** 应届高校毕业生: graduates from higher education this year. */
  freshGraduate: z.boolean().optional(),
});
export type Member = z.infer<typeof memberSchema>;

/**
 * Income types, following the four components of 最低生活保障审核确认办法 第13条 plus the
 * types that tables commonly exclude. Whether a type is counted is the table's decision.
 */
export const INCOME_TYPES = [
  'wage', // 工资性收入
  'business', // 经营净收入
  'property', // 财产净收入
  'transfer', // 转移净收入 (other)
  'pension', // 职工基本养老金等
  'basic-pension', // 城乡居民基本养老保险基础养老金 (its central part in `centralPortion`)
  'support', // 赡养费、抚养费、扶养费
  'special-care', // 优待抚恤金
  'family-planning', // 计划生育奖励与扶助金
  'award', // 奖学金、见义勇为等奖励性补助
  'social-assistance', // 政府发放的社会救助款物
  'elderly-allowance', // 高龄津贴
  'disability-subsidy', // 残疾人两项补贴
  'other',
] as const;
export const incomeTypeSchema = z.enum(INCOME_TYPES);
export type IncomeType = z.infer<typeof incomeTypeSchema>;

/**
 * One income item: amount per month or per year, of a member or of the whole household.
 *
 * A `basic-pension` item is the 城乡居民基本养老保险基础养老金 as paid. Only its centrally set part
 * (中央确定的基础养老金) is ever excluded (最低生活保障审核确认办法 第十三条第二款; 特困人员认定办法
 * 第六条); a local top-up (地方提高的部分) is counted. `centralPortion` states that part, in the
 * item's period and at most its amount; the rest of the item is counted. An item without it is
 * read as the centrally set pension alone, and the trace says so.
 */
export const incomeItemSchema = z.strictObject({
  id: z.string().min(1).max(64).optional(),
  memberId: z.string().min(1).max(64).optional(),
  type: incomeTypeSchema,
  amount: moneySchema,
  period: periodSchema,
  /** Of a `basic-pension` item: the centrally set part of `amount` (same period). */
  centralPortion: moneySchema.optional(),
});
export type IncomeItem = z.infer<typeof incomeItemSchema>;

/** Rigid expenditure (刚性支出), out of pocket after insurance and other aid. */
export const expenditureSchema = z.strictObject({
  id: z.string().min(1).max(64).optional(),
  memberId: z.string().min(1).max(64).optional(),
  kind: z.enum(['medical', 'education']),
  amount: moneySchema,
  period: periodSchema,
});
export type Expenditure = z.infer<typeof expenditureSchema>;

/** Household property (家庭财产, 审核确认办法 第14条). Unknown items stay undefined. */
export const assetsSchema = z.strictObject({
  /** Deposits, securities, funds, commercial insurance, claims and online financial assets. */
  financial: moneySchema.optional(),
  /** Motor vehicles owned (excluding those exempted as needed for a living). */
  vehicles: z.int().min(0).max(1000).optional(),
  /** Housing units owned. */
  housingUnits: z.int().min(0).max(1000).optional(),
});
export type Assets = z.infer<typeof assetsSchema>;

/** What the household already receives. */
export const statusSchema = z.strictObject({
  /** Currently a 低保 household. */
  dibao: z.boolean().optional(),
  dibaoSince: isoDateSchema.optional(),
  /**
   * The class (分类) the 低保 household was assessed into, where the region pays a fixed amount
   * per person by class (分类定额: A/B/C, 一类/二类/三类): the id of a class of the table's
   * `dibao.payment.classes`.
   */
  dibaoClass: z.string().min(1).max(32).optional(),
  /** The 低保 amount currently paid per month (for the phase-out period). */
  dibaoMonthlyAmount: moneySchema.optional(),
  /** Recognised as a low-income (低保边缘) household. */
  lowIncome: z.boolean().optional(),
  /** 脱贫人口: lifted out of poverty under the 2013–2020 programme. */
  povertyAlleviated: z.boolean().optional(),
  /** A phase-out (渐退期) already granted. */
  phaseOut: z
    .strictObject({
      start: isoDateSchema,
      trigger: z.enum(['employment', 'other']),
      /** Months granted by the decision, when fewer than the table's longest (银川: "18个月以内"). */
      months: z.int().min(1).max(120).optional(),
    })
    .optional(),
});
export type HouseholdStatus = z.infer<typeof statusSchema>;

/** The household's housing (住房救助 facts). Unknown items stay undefined. */
export const housingSchema = z.strictObject({
  /** 住房困难: recognised as having housing difficulty (for public rental housing or rent subsidy). */
  difficulty: z.boolean().optional(),
  /** The house the household lives in is recognised as unsafe (危房). */
  unsafe: z.boolean().optional(),
  /** The household has already benefited from rural unsafe-house renovation (农村危房改造). */
  renovatedBefore: z.boolean().optional(),
});
export type Housing = z.infer<typeof housingSchema>;

/** Facts of the application itself. */
export const applicationSchema = z.strictObject({
  /** The date of application. */
  date: isoDateSchema.optional(),
  /** Members who apply to be assessed alone as a single-person household (单人户). */
  singlePersonMemberIds: z.array(z.string().min(1).max(64)).max(100).optional(),
  /** The applicant is a near relative of assistance staff or village cadres (近亲属备案). */
  nearRelativeOfStaff: z.boolean().optional(),
});
export type Application = z.infer<typeof applicationSchema>;

export const householdObject = z.strictObject({
  id: z.string().min(1).max(128),
  region: regionCodeSchema,
  area: areaSchema.optional(),
  /** The household holds local 户籍 (household registration) of the region. */
  localHukou: z.boolean().optional(),
  /**
   * The household holds a 居住证 (residence permit) of the region where it lives (国发〔2014〕47号;
   * 银川 2021 二(三)): asked by temporary aid where the table accepts it and there is no local 户籍.
   */
  residencePermit: z.boolean().optional(),
  members: z.array(memberSchema).min(1).max(200),
  incomes: z.array(incomeItemSchema).max(2000),
  expenditures: z.array(expenditureSchema).max(2000).optional(),
  assets: assetsSchema.optional(),
  housing: housingSchema.optional(),
  status: statusSchema.optional(),
  application: applicationSchema.optional(),
});

/** A problem the shape of a household cannot show: a duplicate member id, a dangling reference. */
export interface ReferenceIssue {
  path: (string | number)[];
  en: string;
  zh: string;
}

/**
 * Checks that member ids are unique and that every `memberId` (incomes, expenditures,
 * `application.singlePersonMemberIds`, `members[].supporterIds`) names a member, and that an
 * income item's `centralPortion` is on a `basic-pension` item and at most its amount.
 */
export function referenceIssues(h: z.output<typeof householdObject>): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const ids = new Set<string>();
  h.members.forEach((m, i) => {
    if (ids.has(m.id)) {
      issues.push({
        path: ['members', i, 'id'],
        en: `duplicate member id "${m.id}"`,
        zh: `成员编号 "${m.id}" 重复`,
      });
    }
    ids.add(m.id);
  });
  const checkRef = (memberId: string | undefined, path: (string | number)[]) => {
    if (memberId !== undefined && !ids.has(memberId)) {
      issues.push({
        path,
        en: `no member has id "${memberId}"`,
        zh: `没有编号为 "${memberId}" 的成员`,
      });
    }
  };
  h.incomes.forEach((item, i) => {
    checkRef(item.memberId, ['incomes', i, 'memberId']);
    const issue = centralPortionIssue(item);
    if (issue !== undefined) issues.push({ path: ['incomes', i, 'centralPortion'], ...issue });
  });
  h.expenditures?.forEach((item, i) => checkRef(item.memberId, ['expenditures', i, 'memberId']));
  h.application?.singlePersonMemberIds?.forEach((id, i) =>
    checkRef(id, ['application', 'singlePersonMemberIds', i]),
  );
  h.members.forEach((m, i) =>
    m.supporterIds?.forEach((id, j) => checkRef(id, ['members', i, 'supporterIds', j])),
  );
  return issues;
}

/** What is wrong with an item's `centralPortion`: on a type other than `basic-pension`, or above the amount. */
function centralPortionIssue(item: {
  type: IncomeType;
  amount: string;
  centralPortion?: string | undefined;
}): { en: string; zh: string } | undefined {
  if (item.centralPortion === undefined) return undefined;
  if (item.type !== 'basic-pension')
    return {
      en: 'centralPortion is stated only for a basic-pension item',
      zh: 'centralPortion 仅适用于 basic-pension（城乡居民基础养老金）收入项',
    };
  const part = Rational.parse(item.centralPortion);
  const whole = Rational.parse(item.amount);
  if (part !== undefined && whole !== undefined && part.gt(whole))
    return {
      en: `centralPortion ${item.centralPortion} is above the item's amount ${item.amount}`,
      zh: `centralPortion ${item.centralPortion} 超过该收入项金额 ${item.amount}`,
    };
  return undefined;
}

/**
 * The household snapshot schema. Beyond the shape it checks that member ids are unique and that
 * every `memberId` names a member ({@link referenceIssues}).
 */
export const householdSchema = householdObject.superRefine((h, ctx) => {
  for (const issue of referenceIssues(h)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.en, params: { zh: issue.zh } });
  }
});

/** A parsed household snapshot. Amounts are canonical decimal strings in yuan. */
export type Household = z.output<typeof householdSchema>;
/** What {@link parseHousehold} accepts: amounts may be JSON numbers or decimal strings. */
export type HouseholdInput = z.input<typeof householdSchema>;
