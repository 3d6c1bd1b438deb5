/**
 * A phrase a topic's papers write only in one sentence they all share word for word is no topic name:
 * the four parts of an article series each repeat "The third introduced SMART on FHIR, which … has
 * become the default standard FHIR app platform", and a topic "Default standard FHIR app platform"
 * names the series' boilerplate, not what the papers are about; so does "Springer International
 * Publishing" of the book note they share. The parts reword it a little ("In this article, we explore
 * SMART on FHIR which has become …"), so sentences that share most of their words count as one. A
 * subject the papers share is written in sentences of their own, or in more than one: "health
 * informatics" in two sentences of the same series stays.
 */

import { boundedMatches } from './bounded-phrase.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A sentence's end: a full stop, question or exclamation mark before a space, or a line break. */
const SENTENCE_END = /(?<=[.!?])\s+|\n/u;

/** No letter or digit before a mention (sticky, `boundedMatches`' `before`). */
const WORD_EDGE = /(?<![\p{L}\p{N}])/iuy;
/** A plural's ending, then no letter or digit (sticky, `boundedMatches`' `after`). */
const PLURAL_AFTER = /(?:e?s)?(?![\p{L}\p{N}])/iuy;

/** Share of two sentences' words (of all the words either has) from which they read as one sentence reworded. */
const SAME_SENTENCE = 0.6;

/** Words a sentence holds besides the phrase for it to say something of it. */
const CLAUSE_WORDS = 6;

const wordsOf = (sentence: string) => new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Words two sets share, over the words either has. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	let shared = 0;
	for (const word of a) if (b.has(word)) shared++;
	return shared / (a.size + b.size - shared);
}

/**
 * Whether `texts` (two or more mentions) write `phrase` only in one sentence, each time word for word or
 * reworded a little (`SAME_SENTENCE` of their words shared: "The third introduced SMART on FHIR which …"
 * and "In this article, we explore SMART on FHIR which …"); false when they write it in two different
 * sentences or once.
 *
 * @example writtenOnlyInOneSentence('app platform', ['Part 3. It became the app platform.', 'Part 4. It became the app platform.']) // true
 * @example writtenOnlyInOneSentence('health informatics', ['Change in health informatics.', 'No prior health informatics is assumed.']) // false
 */
export function writtenOnlyInOneSentence(phrase: string, texts: readonly string[]): boolean {
	let mention: RegExp | undefined;
	const writes = (text: string) => {
		const found = boundedMatches(text, phrase.trim(), String.raw`\s+`, WORD_EDGE, PLURAL_AFTER, true);
		return found ? found.length > 0 : (mention ??= new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(phrase.trim()).replace(/\s+/g, '\\s+')}(?:e?s)?(?![\p{L}\p{N}])`, 'iu')).test(text);
	};
	const phraseWords = wordsOf(phrase).size;
	let first: Set<string> | undefined;
	let mentions = 0;
	for (const text of texts) {
		if (!writes(text)) continue;
		for (const sentence of text.split(SENTENCE_END)) {
			if (!writes(sentence)) continue;
			mentions++;
			const words = wordsOf(sentence);
			// A title or a line of a few words is the phrase itself, not a sentence that says something of it.
			if (words.size < phraseWords + CLAUSE_WORDS) return false;
			first ??= words;
			if (overlap(first, words) < SAME_SENTENCE) return false;
		}
	}
	return mentions > 1;
}
