/**
 * A variant of a known algorithm or model named by a capitalised word hyphenated before it:
 * "Using Chunk-GRPO, we refine …", "trained with Token-DPO", "compared with Video-LLaVA". The
 * word says what the known method was adapted to (flows, steps, video); the whole is a method or
 * model of its own, of the known one's type. Lexicon matching stops at the hyphen and sees neither
 * the known name nor the variant, so the name was lost. Only a known name written in capitals
 * ("GRPO", "LLaVA") is read so, after a word that is no prefix of negation or degree ("non-",
 * "Pre-", "Multi-"), or after two or three capitals ("FS-GRPO"): "Non-GRPO baselines" names none.
 * A capital code of a treatment is none: "LS-HMC" where the abstract defines "HMC" otherwise
 * (high-moisture corn) or defines the prefix (low starch). A variant the text calls an adaptation, extension or variant of the known one, in an apposition
 * ("FS-GRPO, an adaptation of Group Relative Policy Optimization that …"), is the paper's own.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { lexiconIndex } from './lexicon-names.ts';
import { allMatches } from '../all-matches.ts';

/** A capitalised word, a hyphen, then a name of two capitals or more. */
const VARIANT = /(?<![\w-])([A-Z][a-z]{2,}|[A-Z]{2,3})-([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?![\w-]|\.\d)/g;
/** "FS-GRPO, an adaptation of Group Relative Policy Optimization that …": the variant stated as the paper's adaptation. */
const ADAPTATION_AFTER = /^,\s+an?\s+(?:new\s+|novel\s+)?(?:adaptation|extension|variant|modification|generali[sz]ation)\s+of\b/;
/** Prefixes that qualify rather than name ("Non-DPO", "Pre-BERT", "Multi-GRPO"). */
const PREFIX = /^(?:Non|Pre|Post|Anti|Multi|Semi|Sub|Super|Over|Under|Inter|Intra|Cross|Vanilla|Standard|Naive|Plain)$/;

/** Hyphenated variants of a known algorithm or model ("Chunk-GRPO"), of the known one's type, used. */
export const knownVariants: EntityRule = {
	name: 'known variants',
	priority: 0,
	find({ abstract, acronyms, lexicons, isGeneric, isKnown, inUrl }) {
		if (!lexicons || !abstract.includes('-')) return [];
		const { lookup } = lexiconIndex(lexicons);
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, VARIANT)) {
			const [name, word, known] = m as unknown as [string, string, string];
			const type = lookup.get(known)?.type;
			if ((type !== 'algorithm' && type !== 'model') || PREFIX.test(word) || inUrl(m.index) || isKnown(name) || isGeneric(name)) continue;
			// "LS-HMC" where the abstract defines HMC as high-moisture corn, or LS as low starch: a treatment's code.
			if (acronyms.some((a) => a.short === word || (a.short === known && !isKnown(a.long)))) continue;
			const stated = ADAPTATION_AFTER.test(abstract.slice(m.index + name.length, m.index + name.length + 40));
			found.push({ type, name, role: stated ? 'introduced' : 'used', forms: [] });
		}
		return found;
	},
};
