/**
 * Where an abstract carries its publisher's copyright line: "(PsycINFO Database Record (c) 2019
 * APA, all rights reserved)", "© 2019 Elsevier Ltd. All rights reserved.", "Copyright (c) 2020
 * Wiley". The line names the database that indexed the record and the publisher, never what the
 * paper used, so no entity is looked for in it. An export may cut the line after its first words and
 * keep the rest in another field ("… were lower. (PsycINFO Database Record"): an unclosed bracket
 * opening on a database record at the abstract's end is that line.
 */

/** A bracket holding a copyright mark ("(PsycINFO Database Record (c) 2019 APA, …)"), or a mark to its sentence's end. */
const COPYRIGHT = /\([^()]{0,80}(?:\([cC]\)|©)[^()]*\)|(?:©|\([cC]\)\s*\d{4}|\bCopyright\b)[^.]*(?:\.|$)|\((?:[A-Z][\w-]*\s+){0,2}Database\s+Record\b[^()]*$/g;

/**
 * The spans of copyright lines in an abstract, as [start, end) pairs; none when no mark is there.
 *
 * @example copyrightSpans('Data were drawn. (PsycINFO Database Record (c) 2019 APA, all rights reserved)') // [[17, 79]]
 */
export function copyrightSpans(abstract: string): (readonly [number, number])[] {
	if (!abstract.includes('(c)') && !abstract.includes('(C)') && !abstract.includes('©') && !abstract.includes('opyright') && !abstract.includes('Database Record')) return [];
	return [...abstract.matchAll(COPYRIGHT)].map((m) => [m.index, m.index + m[0].length] as const);
}
