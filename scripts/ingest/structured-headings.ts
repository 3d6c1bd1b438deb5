/**
 * A structured abstract's section headings as exports keep them: on a line of their own
 * ("Background\nHumans have …", Zotero from a journal page), glued to the first word of their
 * section when the line breaks were lost ("Background Patients with cirrhosis … Methods Three
 * hundred …"), or ended by a full stop ("Objective. To assess … Methods. A model …"). The
 * annotation rules read the labelled form a journal prints, "Background: …", and show a sentence
 * without its label; a glued heading instead reads as the sentence's first word ("Conclusions The
 * newly …" as a TL;DR) and a heading with a full stop as a sentence of one word. Each heading
 * becomes that label. Only a text with two or more different headings, each at the start of the
 * text, a line or a sentence and followed by a capitalised word, is structured: a sentence that
 * opens "Results in Table 2 …" or a lone "Background Subtraction …" stays as written.
 */

/** The usual headings of structured abstracts (NLM's categories and their common spellings). */
const NAMES = [
	'background', 'introduction', 'context', 'rationale', 'objectives?', 'aims?', 'purpose', 'motivation', 'hypothesis',
	'(?:materials?|patients|subjects) and methods', 'methods?', 'methodology', 'study design', 'design', 'setting', 'participants',
	'interventions?', 'exposures?', 'summary of background data', 'case (?:presentation|report|description)s?',
	'main outcomes?(?: and measures?)?', 'measurements', 'results', 'findings', 'conclusions?', 'discussion',
	'interpretation', 'significance', 'importance', 'clinical relevance', 'relevance', 'implications', 'limitations', 'level of evidence',
	'availability(?: and implementation)?', 'supplementary information', 'trial registration', 'funding',
	// Review journals' headings (Springer's "Current … Reports").
	'purpose of (?:this |the )?review', 'recent findings', 'summary',
]
	// Longest first: the pattern takes the first that matches, and a heading glued to its next word
	// would read "Methodology" as "Method" and "Purpose of Review" as "Purpose".
	.sort((a, b) => b.length - a.length)
	.join('|')
	// A heading of two words may be broken across the export's lines ("Recent\n   Findings").
	.replaceAll(' ', String.raw`\s+`);
const HEADING = String.raw`(?:${NAMES})(?:\s*(?:&|and)\s*(?:${NAMES}))?`;

/**
 * A heading at the text's start, a line's start or a sentence's start, and what ends it: a colon or
 * stop, a line break, a space, or nothing where the export glued it to the next word ("Purpose of
 * ReviewThis review …", "… technologies.Recent FindingsNoise has …"), a capital then a small letter.
 */
const AT_START = new RegExp(String.raw`(^|\n|[.!?]\s*)[ \t]*(${HEADING})(?:[ \t]*[:.][ \t]*|[ \t]*\n\s*|[ \t]+|(?=\p{Lu}\p{Ll}))(?=(\S+))`, 'giu');

/**
 * `text` with the headings of a structured abstract written as labels ("Methods: …").
 *
 * @example labelStructuredHeadings('Background\nHumans have … Results\nWe found …') // 'Background: Humans have … Results: We found …'
 */
export function labelStructuredHeadings(text: string): string {
	const headings = new Set<string>();
	for (const match of text.matchAll(AT_START)) if (isHeading(match[2]!, match[3]!)) headings.add(match[2]!.toLowerCase());
	if (headings.size < 2) return text;
	// A heading glued to the stop before it gets its space ("technologies.Recent" → "technologies. Recent").
	return text.replace(AT_START, (whole, before: string, heading: string, next: string) =>
		isHeading(heading, next) ? `${before.replace(/[.!?]$/, '$& ')}${heading}: ` : whole,
	);
}

/**
 * Written as a heading (capitalised, or in capitals) and followed by a word that opens with a capital
 * or a digit: the pattern matches case-insensitively, and a case-insensitive `\p{Lu}` would match any
 * letter. A next word "and" or "or" goes on with the heading ("CONCLUSIONS AND CLINICAL RELEVANCE:"),
 * whose first word alone is no heading; so does a preposition in capitals after a heading in capitals
 * ("IMPLICATIONS FOR CANCER SURVIVORS:"), where a sentence would open "In …" or "For …".
 */
const isHeading = (heading: string, next: string) =>
	/^\p{Lu}/u.test(heading) && /^[\p{Lu}\d]/u.test(next) && !/^(?:and|or)$/i.test(next) && !(heading === heading.toUpperCase() && /^(?:FOR|OF|IN|ON|TO|WITH|FROM)$/.test(next));
