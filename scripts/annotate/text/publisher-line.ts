/**
 * A publisher's line appended to an abstract: the copyright notice ("© 2019 Elsevier B.V. All rights reserved.",
 * "Copyright: © 2016 …", "© The Author(s) 2018."), the licence ("This is an open-access article distributed under
 * the terms of the Creative Commons …", "Publication rights licensed to ACM.") and the publisher named after it
 * ("Published by Oxford University Press", or "2000 John Wiley & Sons, Ltd" where a lost "©" split the line).
 * Bibliographic databases copy these lines into the abstract; they say nothing about the paper's work, so the
 * summary reads its sequence of parts without them, the TL;DR never picks one and no number in one is a result.
 *
 * A line is read as one by its opening (or, for "all rights reserved", its close), never by a word inside it:
 * a paper about copyright law ("Copyright protection of generated works remains unclear") states its problem.
 */

// "© 2019 …", "(c) 2016 APA", "Copyright: © …", "Copyright 2012 …", "Copyright ?" (a "©" the export lost), "© The Author(s)",
// "Crown Copyright © 2010", "(PsycINFO Database Record (c) 2016 APA, all rights reserved)".
const NOTICE = /^[(\s]*(?:©|\(c\)\s*(?:(?:19|20)\d\d|the\b)|(?:crown\s+)?copyright\b\s*(?:[:©?(]|(?:19|20)\d\d\b|held\b|by\b|the\b))/i;
// "Publication rights licensed to ACM.", "Published by Oxford University Press on behalf of …", "This is an open access
// article under the CC BY license", "This article is protected by copyright."
const LICENCE =
	/^[(\s]*(?:(?:(?:19|20)\d\d\s+)?(?:published|publication rights licensed)\s+(?:by|to)\b|this (?:is an open[- ]access article|article is (?:an open[- ]access article|protected by copyright))\b)/i;
const RESERVED = /\ball rights reserved\W*$/i;
// After a notice, the year and publisher it names when a lost "©" split them: "2000 John Wiley & Sons, Ltd."
const CONTINUED = /^(?:19|20)\d\d,?\s+[A-Z][^.;:]{0,80}$/;

/**
 * Whether `sentence` is a publisher's copyright or licence line; `previous`, the sentence before it, lets a notice's
 * year and publisher that split off it count as well.
 *
 * @example isPublisherLine('© 2019 Elsevier B.V. All rights reserved.') // true
 * @example isPublisherLine('Copyright protection of generated works remains unclear.') // false
 */
export function isPublisherLine(sentence: string, previous?: string): boolean {
	const text = sentence.trim();
	if (NOTICE.test(text) || LICENCE.test(text) || RESERVED.test(text)) return true;
	return previous !== undefined && CONTINUED.test(text.replace(/\.$/, '')) && isPublisherLine(previous);
}

/** For each sentence, whether it is a publisher's line (`isPublisherLine`, reading the one before it). */
export function publisherLines(sentences: readonly { text: string }[]): boolean[] {
	return sentences.map((sentence, i) => isPublisherLine(sentence.text, sentences[i - 1]?.text));
}
