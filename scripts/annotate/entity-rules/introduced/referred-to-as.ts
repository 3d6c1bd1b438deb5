/**
 * A name the paper gives its own method with a naming verb after the method's noun: "This method,
 * referred to as the 'Indicators of Hydrologic Alteration', is based upon …", "Our approach,
 * hereafter called Flow Typology, …". "this" or "our" before the noun says the method is the
 * paper's (the one it has just proposed); "the method referred to as X by Smith" is someone
 * else's and has no such determiner. The name is capitalised, its small words ("of", "for") kept.
 */
import { hit, type NameHit, type NameRule } from './name-rule.ts';

const NOUN = String.raw`(?:method|approach|technique|procedure|index|indices|measure|metric|framework|model|system|tool|scheme|classification|typology|algorithm)`;
// "the 'Indicators of Hydrologic Alteration'", "“Flow Typology”": an opening quote, or the "?" a lost one leaves in some exports.
const NAME = String.raw`[A-Z][\w+-]*(?:\s+(?:(?:of|for|and|in|on|the)\s+)?[A-Z][\w+-]*){0,6}`;
const REFERRED = new RegExp(
	String.raw`\b(?:[Tt]his|[Oo]ur|[Tt]he (?:proposed|present|new))\s+(?:[\w-]+\s+){0,2}?${NOUN},?\s+(?:hereafter\s+|henceforth\s+)?(?:referred to as|(?:also\s+)?(?:known as|called|named|termed|dubbed))\s+(?:the\s+)?["“'‘?]?(${NAME})`,
	'g',
);

/** "This method, referred to as the 'Indicators of Hydrologic Alteration'": the name of the paper's own method. */
export const referredToAs: NameRule = {
	name: 'referred to as',
	scope: 'paper',
	find({ abstract, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		for (const m of abstract.matchAll(REFERRED)) if (!isKnown(m[1]!) && !isGeneric(m[1]!)) hits.push(hit(m[1]!));
		return hits;
	},
};
