/**
 * A procedure named by the steps it chains, three or more capitalised words joined by hyphens
 * before a noun of process: "a Plan-Execute-Verify loop", "the Observe-Orient-Decide-Act cycle",
 * "a Retrieve-Rerank-Read pipeline". No capital inside a word marks such a name coined, but the
 * chain and the process noun do. The authors' own when it is indefinite or theirs ("a …", "our …") in a
 * sentence that speaks as "we" and says it adopts or extends nothing ("We show that … a
 * Plan-Execute-Verify loop turns …"); else work used ("we extend the Observe-Orient-Decide-Act cycle").
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const PROCEDURE = /\b(an?|the|our|this|its)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+){2,})\s+(?:loop|cycle|pipeline|procedure|process|paradigm|scheme|strategy|framework|workflow|protocol)s?\b/g;
// The authors speak in the sentence, and take nothing from others in it.
const OWN_VOICE = /\b(?:[Ww]e|[Oo]ur)\b/;
const ADOPTED = /\b(?:use[sd]?|using|adopt(?:s|ed|ing)?|employ(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|follow(?:s|ed|ing)?|borrow(?:s|ed|ing)?|extend(?:s|ed|ing)?|adapt(?:s|ed|ing)?|revisit(?:s|ed|ing)?)\b/;
const OWN_ARTICLE = /^(?:an?|our)$/i;

/** Chains of capitalised steps before a process noun, as methods. */
export const hyphenatedProcedures: EntityRule = {
	name: 'hyphenated procedures',
	priority: 1,
	find({ abstract, sentences, isGeneric, isKnown, inUrl }) {
		if (!/[A-Z][a-z]+-[A-Z][a-z]+-[A-Z]/.test(abstract)) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, PROCEDURE)) {
			const name = m[2]!;
			if (inUrl(m.index) || isGeneric(name) || isKnown(name) || found.some((f) => f.name === name)) continue;
			const sentence = sentences.find((s) => m.index >= s.start && m.index < s.end);
			const text = sentence ? abstract.slice(sentence.start, sentence.end) : abstract;
			const role = OWN_ARTICLE.test(m[1]!) && OWN_VOICE.test(text) && !ADOPTED.test(text) ? 'introduced' : 'used';
			found.push({ type: 'method', name, role, forms: [] });
		}
		return found;
	},
};
