/**
 * The copyright statement a publisher prints with an abstract, which Scopus, Web of Science, APA's
 * databases and many BibTeX and Zotero exports keep in the abstract field: "© 2014 Elsevier Ltd.",
 * "(C) 2011 Elsevier B.V. All rights reserved.", "(PsycINFO Database Record (c) 2016 APA, all
 * rights reserved)" (or its first words only, "(PsycINFO Database Record", the rest left in another field), or
 * before the text, "© The Author(s) 2018. In musicology …". It is no part of
 * the abstract, yet every annotation reads it as one: a publisher became a derived topic and a
 * keyphrase, and "rights reserved" a reason two papers were related. PubMed keeps it in a field of
 * its own. Only a statement at the abstract's start or end is taken off; "copyright protection" in
 * a sentence is the paper's subject.
 */

// The mark that opens a statement: ©; (c) before a year or "The Author(s)" (else it is a list's
// third item); or "Copyright" before a mark, a year or "held by" ("Copyright ? 2000 John Wiley": a ©
// lost to the wrong encoding).
const MARK = String.raw`(?:Copyright\s*:?\s*)?(?:©|Ⓒ|\([cC]\)(?=\s*(?:(?:19|20)\d\d|The Authors?\b)))|Copyright(?=\s*[:?©]|\s+(?:(?:19|20)\d\d|held\b|by\b|the\b))`;
// A statement says who holds what, and when.
const STATEMENT = /\b(?:1[89]|20)\d\d\b|\brights\b|\bauthors?\b|\blicen[cs]/i;
// Sentences of a publisher's notice that follow the statement.
const NOTICE = /^(?:Published by|Publication rights|All rights reserved|This is an open[- ]access|Licensee|Distributed under|Open access)/i;

/** A statement after the abstract's last sentence, to the end. */
// Some exports glue it to the last sentence's stop ("… microphone.(c) 2023 Elsevier").
const AT_END = new RegExp(String.raw`(?<=[.!?)\]"”]\s*)(?:${MARK})[^]*$`, 'u');
/**
 * A statement run on after the last word with no stop, as Web of Science-derived text leaves one ("… in the industrial
 * manufacturing processes (C) 2009 Elsevier Ltd All rights reserved"): the same mark, and a holder or "rights reserved"
 * after it, so that a list's "(c) 2009 data" inside a sentence is never read as one.
 */
const RUN_ON_AT_END = new RegExp(String.raw`(?<=\w\s+)(?:${MARK})[^]*$`, 'u');
const HOLDER = /\brights reserved\b|\b(?:Ltd|Inc|B\.\s?V|LLC|GmbH|Publishers?|Press|Elsevier|Wiley|Springer|Taylor|Francis)\b/i;
/** A closing bracket that holds a statement: "(PsycINFO Database Record (c) 2016 APA, all rights reserved)". */
const BRACKET_AT_END = new RegExp(String.raw`(?<=[.!?]\s*)\((?:[^()]|\([^()]*\))*(?:${MARK})(?:[^()]|\([^()]*\))*\)\s*$`, 'u');
/** APA's line cut after its first words by an export that keeps the rest in another field: "… were lower. (PsycINFO Database Record". */
const CUT_RECORD_AT_END = /(?<=[.!?]\s*)\((?:\p{Lu}[\w-]*\s+){0,2}Database\s+Record\b[^()]*$/u;
/** The statement at the start, to the end of its sentence (not at an initial's stop: "Dawn A. Black"). */
const AT_START = new RegExp(String.raw`^\s*(?:${MARK})[^]*?[.](?<!\b\p{Lu}\.)(?=\s+\p{Lu})`, 'u');
/** A sentence, to its stop before a capital (not at an initial's). */
const SENTENCE = /^[^]*?[.](?<!\b\p{Lu}\.)(?=\s+\p{Lu})/u;
/** Longest statement taken off the end: a longer text after the mark is more than a notice. */
const MAX_TAIL = 400;

/** Where the abstract proper starts and ends once a copyright statement before or after it is left out. */
export interface AbstractRange {
	start: number;
	end: number;
}

/**
 * The range of `abstract` without a copyright statement at its start or end; the whole text when
 * there is none, or when the statement would be all of it.
 *
 * @example withoutCopyright('We map lakes. © 2014 Elsevier Ltd.') // { start: 0, end: 13 }
 */
export function withoutCopyright(abstract: string): AbstractRange {
	let end = abstract.length;
	const runOn = RUN_ON_AT_END.exec(abstract);
	const tail = BRACKET_AT_END.exec(abstract) ?? AT_END.exec(abstract) ?? (runOn && HOLDER.test(runOn[0]) ? runOn : null);
	const cut = CUT_RECORD_AT_END.exec(abstract);
	if (tail && tail[0].length <= MAX_TAIL && STATEMENT.test(tail[0])) end = abstract.slice(0, tail.index).trimEnd().length;
	else if (cut) end = abstract.slice(0, cut.index).trimEnd().length;
	let start = 0;
	const lead = AT_START.exec(abstract.slice(0, end));
	if (lead && STATEMENT.test(lead[0])) {
		start = lead[0].length;
		// The notice's further sentences ("Published by …", "This is an open-access article …") go with it.
		for (let next = nextSentence(abstract, start, end); next && NOTICE.test(next.text); next = nextSentence(abstract, start, end)) start = next.end;
		start = end - abstract.slice(start, end).trimStart().length;
	}
	if (abstract.slice(start, end).trim() === '') return { start: 0, end: abstract.length };
	return { start, end };
}

/** The sentence after `from`, its text from its first word, and where it ends. */
function nextSentence(abstract: string, from: number, end: number): { text: string; end: number } | null {
	const rest = abstract.slice(from, end);
	const first = rest.length - rest.trimStart().length;
	const match = SENTENCE.exec(rest.slice(first));
	return match ? { text: match[0], end: from + first + match[0].length } : null;
}
