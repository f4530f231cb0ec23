import type { Member } from '../schema/household';
import { itemProvenance } from '../special-aid/recipient-groups';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { parameterValue } from '../trace/recorder';
import type { IncomeContext } from './context';
import { incomeMsg as msg } from './messages';
import type { StudentsAway } from './params';
import { INCOME_RULES as RULES } from './rules';

/** The table parameter of the students-away exception. */
const STUDENTS_AWAY = 'income.studentsAway';

/** Children living away at school, as decided by the exception. */
interface StudentsSeen {
  /** Counted: away for full-time study at a level the table counts. */
  counted: string[];
  /** Not counted: away for study at a level the table does not count (e.g. postgraduate). */
  notCounted: string[];
  /** The table's parameter was needed (a child away for study) and missing. */
  parameterMissing: boolean;
  /** Facts the exception needs, by path (`awayForFullTimeStudy` of a child, `relation`). */
  missing: string[];
}

/**
 * Decides who counts (审核确认办法 第七条): members who live with the household, or the members the
 * caller names. A member whose co-residence is unknown is a missing fact.
 *
 * Named exception (第七条: 在校接受全日制本科及以下学历教育的成年子女): a child who does not live
 * with the household because they are away for full-time study, at a level the table counts
 * (`income.studentsAway.levels`), is a member. For a child living away, whether they are away
 * for study (`awayForFullTimeStudy`) is asked; for a member of unknown relation it is asked only
 * where they are stated to be away for study at a counted level (then `relation` is asked).
 */
export function countMembers(ctx: IncomeContext): void {
  const members = ctx.household.members;
  const restrict = ctx.restrict;
  if (restrict !== undefined) {
    countNamed(ctx, restrict);
    return;
  }
  const notCounted: string[] = [];
  const missing: string[] = [];
  const students: StudentsSeen = {
    counted: [],
    notCounted: [],
    parameterMissing: false,
    missing: [],
  };
  const table = ctx.std.params.income?.studentsAway;
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as Member;
    let counts = false;
    if (m.livesWithHousehold === undefined) missing.push(`members[${i}].livesWithHousehold`);
    else if (m.livesWithHousehold) counts = true;
    else counts = studentAway(m, i, table, students);
    if (counts) countOnce(ctx, m.id);
    else if (m.livesWithHousehold === false) notCounted.push(m.id);
  }
  if (missing.length > 0) {
    ctx.rec.missingFacts(RULES.coResident, missing);
    ctx.complete = false;
  }
  const size = ctx.countedIds.length;
  const ids = idList(ctx.countedIds);
  ctx.rec.step(
    RULES.coResident,
    // The students' count only where there are any: other traces keep their message as it was.
    students.counted.length > 0
      ? msg.coResident(size, notCounted, students.counted.length)
      : msg.coResident(size, notCounted),
    notCounted.length === 0
      ? { countedMembers: String(size), countedMemberIds: ids }
      : {
          countedMembers: String(size),
          countedMemberIds: ids,
          notCountedMemberIds: notCounted.join(','),
        },
  );
  recordStudents(ctx, table, students);
}

/**
 * The members the caller names (单人户, one 特困 member): their co-residence is not asked, and no
 * child away at school is looked at (the students' step is left out, as there is none).
 */
function countNamed(ctx: IncomeContext, restrict: readonly string[]): void {
  const members = ctx.household.members;
  const one = restrict.length === 1 ? restrict[0] : undefined;
  for (let i = 0; i < members.length; i++) {
    const id = (members[i] as Member).id;
    if (one !== undefined ? id === one : restrict.includes(id)) countOnce(ctx, id);
  }
  const size = ctx.countedIds.length;
  ctx.rec.step(RULES.coResident, msg.coResident(size, []), {
    countedMembers: String(size),
    countedMemberIds: idList(ctx.countedIds),
  });
}

/** Counts a member, once (a member id is counted once however often it is met). */
function countOnce(ctx: IncomeContext, id: string): void {
  const before = ctx.counted.size;
  ctx.counted.add(id);
  if (ctx.counted.size > before) ctx.countedIds.push(id);
}

/** Ids as the trace lists them, comma-separated (one id is the list itself). */
function idList(ids: readonly string[]): string {
  return ids.length === 1 ? (ids[0] as string) : ids.join(',');
}

/** Whether one member counts (第七条), as decided outside an income computation. */
export interface MemberCount {
  counts: boolean;
  /** Facts needed to decide, by path (empty when decided). */
  missing: string[];
  /** A table parameter needed and missing (`income.studentsAway`). */
  missingParameter?: string;
}

/**
 * Whether a member counts as a household member (审核确认办法 第七条), for rules that count
 * members themselves (the 单人户 household property and income window): a member who lives with
 * the household, or a child away for full-time study at a level the table counts.
 */
export function memberCounts(m: Member, i: number, std: ResolvedStandards): MemberCount {
  if (m.livesWithHousehold === undefined)
    return { counts: false, missing: [`members[${i}].livesWithHousehold`] };
  if (m.livesWithHousehold) return { counts: true, missing: [] };
  const seen: StudentsSeen = { counted: [], notCounted: [], parameterMissing: false, missing: [] };
  const counts = studentAway(m, i, std.params.income?.studentsAway, seen);
  return seen.parameterMissing
    ? { counts, missing: seen.missing, missingParameter: STUDENTS_AWAY }
    : { counts, missing: seen.missing };
}

/**
 * Whether a member who does not live with the household counts as a child away at school.
 * Records what was decided, and what is missing, in `seen`.
 */
function studentAway(
  m: Member,
  i: number,
  table: StudentsAway | undefined,
  seen: StudentsSeen,
): boolean {
  const missing = seen.missing;
  const away = m.awayForFullTimeStudy;
  const child = m.relation === 'child';
  if (away === undefined) {
    // Only a child may be a member living at school: ask a child, not a member of another relation.
    if (child) missing.push(`members[${i}].awayForFullTimeStudy`);
    return false;
  }
  if (away === null) return false;
  if (m.relation !== undefined && !child) return false;
  if (table === undefined) {
    seen.parameterMissing = true;
    return false;
  }
  if (!table.levels.includes(away)) {
    seen.notCounted.push(m.id);
    return false;
  }
  if (!child) {
    missing.push(`members[${i}].relation`);
    return false;
  }
  seen.counted.push(m.id);
  return true;
}

/** The step of the exception, when a child away for study was seen. */
function recordStudents(
  ctx: IncomeContext,
  table: StudentsAway | undefined,
  s: StudentsSeen,
): void {
  if (s.missing.length > 0) {
    ctx.rec.missingFacts(RULES.studentAway, s.missing);
    ctx.complete = false;
  }
  if (s.parameterMissing) {
    ctx.rec.missingParameter(RULES.studentAway, STUDENTS_AWAY);
    ctx.complete = false;
  }
  if (table === undefined || (s.counted.length === 0 && s.notCounted.length === 0)) return;
  const values: Record<string, string> = {};
  if (s.counted.length > 0) values.studentsCountedIds = s.counted.join(',');
  if (s.notCounted.length > 0) values.studentsNotCountedIds = s.notCounted.join(',');
  const provenance = itemProvenance(ctx.std, STUDENTS_AWAY, table);
  ctx.rec.step(RULES.studentAway, msg.studentAway(s.counted, s.notCounted, table.levels), values, [
    parameterValue(`${STUDENTS_AWAY}.levels`, table.levels.join(','), provenance),
  ]);
}
