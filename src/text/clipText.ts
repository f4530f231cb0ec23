/**
 * The longest key or value echoed whole in a message, in UTF-16 code units. A longer one is cut
 * to this many and ends with "…", so a 50 MB key never becomes 50 MB of error text.
 */
export const ECHO_LIMIT = 64;

/**
 * A key or value as echoed in a message: whole when it has at most `max` UTF-16 code units,
 * otherwise its first `max` (one fewer when the cut would split a surrogate pair) followed by "…".
 * The result is a copy: it keeps no reference to a long original.
 *
 * @param text - the key or value to echo
 * @param max - the most code units kept (default {@link ECHO_LIMIT})
 * @returns `text`, or its beginning and "…"
 *
 * @example
 * clipText('evnets')
 * //=> 'evnets'
 * clipText('k'.repeat(100), 8)
 * //=> 'kkkkkkkk…'
 */
export function clipText(text: string, max: number = ECHO_LIMIT): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  // Joined into a string of its own: a slice (or a concatenation of one) would keep the whole
  // original alive for as long as the message lives.
  return `${text.slice(0, end).split('').join('')}…`;
}
