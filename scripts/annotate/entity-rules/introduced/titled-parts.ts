/**
 * Parts of the method named in title case where the authors list them: "We introduce two key
 * modules: a Frame Selection module that constructs …, and an Adaptive Conditioner that performs
 * …", "we design three components: a Motion Encoder, a Scene Prior block and …".
 *
 * A coined name is usually one word with inner capitals ("OneStory"); a part of a method is as often
 * named by ordinary words set in title case, with or without the kind noun after them. The words
 * alone would be prose; what makes them a name is the place: items of a list of parts the
 * authors say they made (a count or a plural noun of parts before a colon). Two title-case words at
 * least, so "a Transformer encoder" stays the generic part it is.
 */
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** "two key modules:", "three components:", "the following modules:": a list of parts announced. */
const PARTS_ANNOUNCED = /^\s*(?:(?:two|three|four|five|several|the following|its|our)\s+)?(?:(?:key|main|core|novel|new|complementary|dedicated)\s+)?(?:modules|components|parts|blocks|mechanisms|designs|submodules)\s*:/i;
/** One part: "a Frame Selection module", "an Adaptive Conditioner" (group 1 the name). */
const PART = /\b(?:a|an|the)\s+((?:[A-Z][a-z]+[\s-]){1,3}(?:[A-Z][a-z]+|(?:module|block|layer|component|mechanism|head|unit|encoder|decoder|network|branch))\b(?:\s(?:module|block|layer|component|mechanism))?)/g;

/** Title-case parts listed after the announcement of the method's parts. */
export const titledParts: Extract<NameRule, { scope: 'object' }> = {
	name: 'titled parts',
	scope: 'object',
	find({ text }, { isGeneric, isKnown }) {
		const announced = PARTS_ANNOUNCED.exec(text);
		if (!announced) return [];
		const hits: NameHit[] = [];
		for (const m of allMatches(text.slice(announced[0].length), PART)) {
			const name = m[1]!.trim();
			const titled = name.split(/[\s-]/).filter((w) => /^[A-Z]/.test(w));
			if (titled.length < 2 || isGeneric(name) || isKnown(name) || isGeneric(titled.join(' '))) continue;
			hits.push(hit(name));
		}
		return hits;
	},
};
