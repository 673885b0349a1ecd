/**
 * Replacing people's names by pseudonyms in free text, for the hand-off's "anonymise evaluator names": the
 * evaluator "Samuel Okafor (Legal and compliance)" is also written "Samuel Okafor", "Okafor, Samuel", "S. Okafor",
 * "Samuel O." or "samuel okafor", with or without the accents ("Tomas Ortega" for "Tomás Ortega"). Matching is
 * case- and accent-insensitive, takes any run of white space between the parts and only whole words ("Daniel
 * Okafor" is another person and stays; a surname or a first name alone is not replaced: it cannot be told apart from
 * another person's). One pass over the text, so a pseudonym is never replaced again.
 */

export interface Person {
  /** The name as recorded, e.g. "Samuel Okafor (Legal and compliance)". */
  name: string;
  pseudonym: string;
}

/** Lower case, without accents: each character of the result remembers where it came from in the original. */
function fold(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
      from.push(i);
      to.push(i + 1);
      i++;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const part of base) {
      folded += part;
      for (let k = 0; k < part.length; k++) {
        from.push(i);
        to.push(i + ch.length);
      }
    }
    i += ch.length;
  }
  return { folded, from, to };
}

const foldText = (text: string) => fold(text).folded;

/** The part of a recorded name that is the person: without "(role)", "[team]" or " - role". */
export function personPart(name: string): string {
  return name.replace(/\s+/g, ' ').trim().replace(/\s*[([{].*$/, '').replace(/\s+[-–—|/:]\s.*$/, '').trim();
}

/** The full name, the person part and, for a name of two or more words, the usual other ways of writing it. */
export function nameForms(name: string): { exact: string[]; variants: string[] } {
  const full = name.replace(/\s+/g, ' ').trim();
  let person = personPart(full) || full;
  if (/^[^,]+,[^,]+$/.test(person)) {
    const [last = '', first = ''] = person.split(',').map((p) => p.trim());
    person = `${first} ${last}`.trim();
  }
  const exact = [...new Set([full, personPart(full), person].filter((f) => f.length >= 2))];
  const parts = person.split(' ').filter(Boolean);
  if (parts.length < 2) return { exact, variants: [] };
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const firstInitial = [...first][0] as string;
  const lastInitial = [...last][0] as string;
  const variants = [`${first} ${last}`, `${last}, ${first}`, `${last} ${first}`, `${firstInitial}. ${last}`, `${first} ${lastInitial}.`, `${first}.${last}`];
  return { exact, variants: [...new Set(variants)].filter((v) => !exact.includes(v)) };
}

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A folded form as a pattern: any white space between words, the dot after an initial optional. */
function formPattern(folded: string): string {
  return folded.split(/\s+/).map((word) => escapeRe(word).replace(/^(\p{L})\\\.$/u, '$1\\.?')).join('\\s+');
}

/** The key a folded match is looked up by: single spaces, no dots after initials. */
const keyOf = (folded: string) => folded.replace(/\s+/g, ' ').replace(/(^|\s)(\p{L})\./gu, '$1$2');

const NON_ASCII = /[^ -~\t\n\r]/;

export interface Pseudonymiser {
  /** The text with every form of every name replaced by its pseudonym; the same text when none occurs. */
  replace(text: string): string;
}

/**
 * Builds the replacer for `people`. `others` are the names of everyone else in the project (team members who are
 * not evaluators): a variant such as "S. Okafor" that is also a way of writing one of them is left out.
 */
export function pseudonymiser(people: readonly Person[], others: readonly string[] = []): Pseudonymiser {
  const byKey = new Map<string, string>();
  const patterns = new Set<string>();
  const otherForms = new Set(others.flatMap((name) => { const f = nameForms(name); return [...f.exact, ...f.variants]; }).map((f) => keyOf(foldText(f))));
  for (const person of people) {
    const forms = nameForms(person.name);
    for (const [form, exact] of [...forms.exact.map((f) => [f, true] as const), ...forms.variants.map((f) => [f, false] as const)]) {
      const key = keyOf(foldText(form));
      if (!exact && otherForms.has(key)) continue;
      if (!byKey.has(key)) byKey.set(key, person.pseudonym);
      if (byKey.get(key) === person.pseudonym) patterns.add(formPattern(foldText(form)));
    }
  }
  if (byKey.size === 0) return { replace: (text) => text };
  const alternatives = [...patterns].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return {
    replace(text: string): string {
      if (!text) return text;
      // Plain ASCII (most texts) folds to its lower case, character for character: no index map to build.
      if (!NON_ASCII.test(text)) {
        const lower = text.toLowerCase();
        re.lastIndex = 0;
        const found = re.test(lower);
        re.lastIndex = 0;
        if (!found) return text;
      }
      const { folded, from, to } = fold(text);
      let out = '';
      let at = 0;
      for (const match of folded.matchAll(re)) {
        const pseudonym = byKey.get(keyOf(match[0]));
        if (pseudonym === undefined || match.index === undefined) continue;
        const start = from[match.index] as number;
        let end = to[match.index + match[0].length - 1] as number;
        while (end < text.length && /\p{M}/u.test(text[end] as string)) end++;
        out += text.slice(at, start) + pseudonym;
        at = end;
      }
      return at === 0 ? text : out + text.slice(at);
    },
  };
}
