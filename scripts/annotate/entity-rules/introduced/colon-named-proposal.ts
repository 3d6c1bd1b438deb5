/**
 * A proposal the paper announces by its kind and then names after a colon, as law reviews and essays
 * write their own device: "This Article devises a novel solution: state poison pill legislation.",
 * "This Article offers a novel idea for governing the tension between majority and minority
 * shareholders: an "internal poison pill."". The paper (or the authors) as subject, a verb of offering
 * or making, "a novel|new" and a noun of a proposal (solution, idea, remedy, mechanism, …) say the
 * named thing is the paper's; the name is what follows the colon up to the sentence's end, in lower
 * case (in quotation marks or not), two to six words. A colon before a list ("a new approach: first,
 * …"), a clause ("a new idea: we show that …") or a capitalised coinage (the other rules') is left.
 */
import { SUBJECT } from './contribution-statement.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';

const PROPOSAL = /\b(?:devis|offer|propos|present|introduc|develop|advanc|suggest|put(?:s|ting)? forward)(?:e|es|ed|ing|s)?\s+an?\s+(?:novel|new)\s+(?:solution|idea|remedy|mechanism|device|approach|proposal|instrument|strategy|framework|concept|tool)\b[^:;.]{0,120}:\s+(?:an?\s+|the\s+)?["“]?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,5})[.,]?["”]?\.?\s*$/;
/** Words that open a clause or a list rather than a name. */
const NOT_A_NAME = /^(?:we|it|they|this|that|these|first|firstly|one|two|three|namely|i|there|here|by|to|in|on|for|using|with)\b/;

/** "This Article devises a novel solution: state poison pill legislation.": the named device, introduced. */
export const colonNamedProposal: NameRule = {
	name: 'colon named proposal',
	scope: 'sentence',
	find(sentence, { isKnown, isGeneric }) {
		if (!sentence.text.includes(':')) return [];
		const m = PROPOSAL.exec(sentence.text);
		if (!m || m.index < (SUBJECT.exec(sentence.text)?.index ?? Infinity)) return [];
		const name = m[1]!;
		if (NOT_A_NAME.test(name) || isKnown(name) || isGeneric(name)) return [];
		return [hit(name)] satisfies NameHit[];
	},
};
