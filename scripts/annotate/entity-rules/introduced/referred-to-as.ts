/**
 * A name the paper gives its own method with a naming verb after the method's noun: "This method,
 * referred to as the 'Indicators of Hydrologic Alteration', is based upon …", "Our approach,
 * hereafter called Flow Typology, …". "this" or "our" before the noun says the method is the
 * paper's (the one it has just proposed), and so do "the final", "the resulting" and "a new" ("The proposed
 * model is called Salam-Muzara’ah Linked Waqf (SMW)", "The
 * final output, termed the High-resolution Gridded Population Surface (HGPS), …"); "the method referred to as X by Smith" is someone
 * else's and has no such determiner. The name is capitalised, its small words ("of", "for") kept.
 * A thing just described with "a" and named by an acronym the naming verb defines ("a registration
 * method, called the weighted edge score (WES) method") is named here too, whatever its case. So is what
 * the authors make and then name in a relative clause, "we propose constructing a compact
 * representation …, which we name Structured Event Facts", or in the passive ("We propose a new
 * one-parameter family of risk measures, which is called Conditional Draw-down-at-Risk (CDaR)"): a contribution verb with the authors as
 * subject comes first in the sentence; a thing they only find or identify ("we identify a key
 * limitation …, which we term …") is no making.
 */
import { contributionObjectStarts } from './contribution-statement.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

// What the paper made may be data: "A final data set named the Enhanced HGPS (E-HGPS) is created".
const DATA_NOUN = String.raw`data\s*sets?|database|product|map`;
const NOUN = String.raw`(?:method|approach|technique|procedure|index|indices|measure|metric|framework|model|system|tool|scheme|classification|typology|algorithm|output|(${DATA_NOUN}))`;
// "the 'Indicators of Hydrologic Alteration'", "“Flow Typology”": an opening quote, or the "?" a lost one leaves in some exports.
// An apostrophe inside a word is a transliteration's ("Salam-Muzara’ah Linked Waqf"), part of the name.
const NAME = String.raw`[A-Z][\w+-]*(?:['’][a-z]+)?(?:\s+(?:(?:of|for|and|in|on|the)\s+)?[A-Z][\w+-]*(?:['’][a-z]+)?){0,6}`;
const REFERRED = new RegExp(
	String.raw`\b(?:[Tt]his|[Oo]ur|[Tt]he (?:proposed|present|new|final|resulting)|[Aa] (?:new|novel|final))\s+(?:[\w-]+\s+){0,2}?${NOUN},?\s+(?:hereafter\s+|henceforth\s+|is\s+|was\s+)?(?:referred to as|(?:also\s+)?(?:known as|called|named|termed|dubbed))\s+(?:the\s+)?["“'‘?]?(${NAME})`,
	'g',
);

// "a volumetric registration method, called the weighted edge score (WES) method": a thing just described
// with "a", then named by an acronym the naming verb defines, is named here, so it is the paper's.
const DESCRIBED_THEN_CALLED = new RegExp(String.raw`\b[Aa]n?\s+(?:[\w-]+\s+){0,8}?${NOUN},\s+(?:called|named|termed|dubbed)\s+(?:the\s+)?$`);

// ", which we name Structured Event Facts": the authors naming what the sentence has them make; or the passive
// ", which is called Conditional Draw-down-at-Risk (CDaR)" after "We propose a new one-parameter family of risk measures".
const WE_NAME = new RegExp(
	String.raw`,\s+(?:which|that)\s+(?:we\s+(?:call|name|term|dub|refer to as)|(?:is|are)\s+(?:(?:also|hereafter|henceforth)\s+)?(?:called|named|termed|dubbed|referred to as))\s+(?:the\s+)?(${NAME})`,
	'g',
);

/** "This method, referred to as the 'Indicators of Hydrologic Alteration'": the name of the paper's own method. */
export const referredToAs: NameRule = {
	name: 'referred to as',
	scope: 'paper',
	find({ abstract, sentences, acronyms, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		for (const sentence of abstract.includes(' we ') ? sentences : []) {
			for (const m of allMatches(sentence.text, WE_NAME)) {
				const made = contributionObjectStarts(sentence).some((start) => start < sentence.start + m.index);
				if (made && !isKnown(m[1]!) && !isGeneric(m[1]!)) hits.push(hit(m[1]!));
			}
		}
		for (const m of allMatches(abstract, REFERRED)) if (!isKnown(m[2]!) && !isGeneric(m[2]!)) hits.push(hit(m[2]!, m[1] ? 'dataset' : 'method'));
		for (const acronym of acronyms) {
			const described = DESCRIBED_THEN_CALLED.exec(abstract.slice(Math.max(0, acronym.span.start - 160), acronym.span.start));
			if (described && !isKnown(acronym.short) && !isGeneric(acronym.short)) hits.push({ name: acronym.short, forms: [acronym.short, acronym.long], type: described[1] ? 'dataset' : 'method' });
		}
		return hits;
	},
};
