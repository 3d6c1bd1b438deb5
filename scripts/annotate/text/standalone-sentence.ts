/**
 * Making a sentence of an abstract stand alone, for the TL;DR: sentences glued together by a
 * missing space ("…in GEO.To address this, we present …") are split apart, and a leading
 * connector clause that only makes sense after the sentence before it ("To address these
 * issues,", "Second,", "In this paper,", a connector without its comma as in "However misuse …"
 * or "Overall we found …"
 * (`bare-connector.ts`), "These findings suggest that" (`reporting-frame.ts`)) is left out.
 * Every result is a span of the abstract.
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import { bareConnector } from './bare-connector.ts';
import { WE } from './first-person.ts';
import { opensWithSummarySubject, reportingFrame } from './reporting-frame.ts';
import { allMatches } from '../all-matches.ts';
import { capitalsHeading } from './capitals-heading.ts';

// A full stop with no space after it, between a word and a capitalised word: "format.To".
// Two lower-case letters or digits before it keep "e.g.Foo" and "U.S.Army" whole.
const GLUED = /(?<=[a-z0-9)\]]{2}[.!?])(?=[A-Z][a-z])/g;

const DISCOURSE =
	'however|moreover|furthermore|additionally|in addition|also|besides|further|thus|hence|therefore|consequently|accordingly|' +
	'as a result|as such|to this end|to that end|in contrast|by contrast|conversely|meanwhile|instead|specifically|concretely|' +
	'in particular|notably|importantly|finally|lastly|first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|overall|in summary|' +
	'in short|similarly|likewise|nevertheless|nonetheless|here|to do so|with this in mind|against this backdrop|' +
	// "Where, we first introduce …": a relative adverb written as if the sentence before went on.
	'where|whereby|wherein|' +
	// "Taken together, these results suggest …", "In conclusion, …": a summing-up of what came before.
	'together|taken together|collectively|altogether|all in all|in conclusion|to conclude|in sum|to sum up|to summari[sz]e|yet|still|' +
	'in this (?:paper|work|study|article|letter|thesis|report|research(?: paper)?|context|regard)|in the present (?:paper|work|study)|' +
	// "But, …", "So, …", "In this way, …": a conjunction or a manner pointing back, written as a connector.
	'but|and|or|so|(?:in )?this way';
// Words pointing back at the sentence before: "these issues", "the above challenges".
const BACK_REFERENCE = String.raw`(?:this|these|that|those|such|the (?:above|aforementioned|same|former|latter))\b`;
// The same pointing back inside a longer clause, at a noun ("this problem", "these methods"): not "that" of "the observation that".
const BACK_NOUN = String.raw`(?:this|these|those|such|the (?:above|aforementioned))\s+[a-z]`;
/** A leading clause that leans on the previous sentence, up to and including its comma. */
const CONNECTOR_CLAUSE = new RegExp(
	// A purpose clause may run long ("To address these limitations and improve … in few-shot scenarios,"), but
	// never through the main clause's subject ("To address this we propose X, …").
		String.raw`^(?:(?:${DISCOURSE})|(?:in order )?to \w+(?: \w+)? ${BACK_REFERENCE}(?:(?!\b(?:we|our|us|I)\b)[^,;:]){0,120}|` +
		String.raw`(?:based (?:up)?on|building (?:up)?on|motivated by|inspired by|guided by|given|following|with|leveraging|` +
		String.raw`drawing on|in light of|in response to|towards?|from|armed with|equipped with) ${BACK_REFERENCE}[^,;:]{0,60}|` +
		// "Following a review of the work on this problem, …": a step taken after what the sentence before raised.
		String.raw`(?:following|after) [^,;:]{0,80}?\b${BACK_NOUN}[^,;:]{0,40}|` +
		// "In addition to surveying these methods, we argue …": a side task the main clause comes after, as "In addition," is.
		String.raw`in addition to [^,;:]{1,80}),\s+`,
	'i',
);

// "To make such high resolution, long-duration generation computationally feasible, we introduce …": a purpose clause pointing
// back may hold commas of its own (a list of modifiers); when "we" opens the main clause, the cut runs to the comma before it,
// never to the clause's first comma, which would show "long-duration generation computationally feasible, we introduce …".
const PURPOSE_TO_WE = new RegExp(
	String.raw`^(?:in order )?to \w+(?: \w+)? ${BACK_REFERENCE}(?:(?!\b(?:we|our|us|I)\b)[^;:.]){0,160}?,\s+(?=${WE}\b)`,
	'i',
);

// The section labels of a structured abstract ("Objective: … Materials and Methods: …"), which
// often stand without a full stop before them: each starts a sentence, and none is shown. Journals print them
// capitalised or in capitals ("CONCLUSIONS: …"), some joined ("BACKGROUND & AIMS:", "Conclusions and Relevance:");
// a lower-case "results:" inside a sentence is no label.
const SECTION_NAMES = String.raw`Background(?: (?:&|and) [Aa]ims?)?|Introduction|Importance|Objectives?|Aims?|Purpose(?: of [Rr]eview)?|Materials and [Mm]ethods|Patients and [Mm]ethods|Methods?|Experimental [Dd]esign|Design|Setting|Participants|Interventions?|Main Outcomes?(?: and Measures?)?|Results?|Recent [Ff]indings|Findings|Conclusions?(?: and [Rr]elevance)?|Interpretation|Summary`;
const SECTION = String.raw`(?:${SECTION_NAMES}|${SECTION_NAMES.toUpperCase()})\s?:\s+`;
const SECTION_START = new RegExp(String.raw`(?<=\S)(?<!\b(?:Materials|Patients|Background|Experimental|Recent|MATERIALS|PATIENTS|BACKGROUND|EXPERIMENTAL|RECENT)(?: (?:and|AND|&))?)\s+(?=${SECTION}\S)`, 'g');
const SECTION_LABEL = new RegExp(`^${SECTION}`);

/** The section label opening `text`: a usual one, or any heading printed in capitals ("AREAS COVERED:", `capitals-heading.ts`). */
function sectionLabel(text: string): readonly string[] | null {
	const known = SECTION_LABEL.exec(text);
	if (known) return known;
	const capitals = capitalsHeading(text);
	return capitals === null ? null : [`${capitals}${/^\s*/.exec(text.slice(capitals.length))![0]}`];
}

/**
 * The sentences glued inside `sentence` without a space after the full stop, or run into the
 * next section label of a structured abstract, as spans.
 */
export function splitGluedSentences(sentence: Span): Span[] {
	// A section label ends in a colon: a sentence without one, as most are, is not tried for labels
	// at every space.
	const labels = sentence.text.includes(':') ? allMatches(sentence.text, SECTION_START) : [];
	const cuts = [...allMatches(sentence.text, GLUED), ...labels].map((m) => m.index).sort((a, b) => a - b);
	if (cuts.length === 0) return [sentence];
	const bounds = [0, ...cuts, sentence.text.length];
	return bounds.slice(1).map((end, i) => subSpan(sentence, bounds[i]!, end));
}

/**
 * `sentence` without a leading connector clause, when what follows reads as a sentence of its
 * own; at most two clauses go ("In this paper, to address this, we …").
 *
 * @example withoutConnector(span('To tackle this, we propose X.')).text // 'we propose X.'
 * @example withoutConnector(span('We propose X.')).text // 'We propose X.'
 */
export function withoutConnector(sentence: Span): Span {
	let from = 0;
	for (let round = 0; round < 2; round++) {
		const rest = sentence.text.slice(from);
		const match = sectionLabel(rest) ?? PURPOSE_TO_WE.exec(rest) ?? CONNECTOR_CLAUSE.exec(rest) ?? bareConnector(rest) ?? reportingFrame(rest);
		// What is left must still be a clause of some length, not "However, no."
		if (!match || rest.length - match[0].length < 20 || !/^[\p{L}"“(]/u.test(rest.slice(match[0].length))) break;
		from += match[0].length;
	}
	return subSpan(sentence, from, sentence.text.length);
}

// Openers that point back as a connector does but that no cut can leave out: a purpose or a preposition run into its clause
// with no comma ("To address this the model …", "Besides the main effect we …": where it ends is not written), and a
// demonstrative subject naming the way or results of the sentences before ("This approach achieves …", "These results …").
const LEANING_OPENER = new RegExp(
	String.raw`^(?:besides|(?:in order )?to \w+(?: \w+)? ${BACK_REFERENCE}|(?:based (?:up)?on|building (?:up)?on|with) ${BACK_REFERENCE}|(?:this|these) (?:ways?|approach(?:es)?|designs?))\b`,
	'i',
);

/**
 * Whether `text` opens with a connector clause, section label or frame: what `withoutConnector`
 * leaves out, or keeps only because too little would be left ("To address this, we propose X."), or
 * an opener that leans on the sentence before as a connector does and cannot be cut ("This approach
 * achieves …", "These results show a strong effect."). Shown alone, none of them stands.
 *
 * @example opensWithConnector('To address this issue, we propose X.') // true
 * @example opensWithConnector('This approach achieves the best accuracy.') // true
 * @example opensWithConnector('We propose X.') // false
 */
export function opensWithConnector(text: string): boolean {
	const cut = sectionLabel(text) ?? PURPOSE_TO_WE.exec(text) ?? CONNECTOR_CLAUSE.exec(text) ?? bareConnector(text) ?? reportingFrame(text);
	return cut !== null || LEANING_OPENER.test(text) || opensWithSummarySubject(text);
}

function subSpan(span: Span, from: number, to: number): Span {
	const text = span.text.slice(from, to);
	const lead = text.length - text.trimStart().length;
	const trimmed = text.trim();
	return { start: span.start + from + lead, end: span.start + from + lead + trimmed.length, text: trimmed };
}
