/**
 * The intervention a clinical study states it evaluates, named in lower case with its acronym: "To
 * investigate the clinical efficacy of cortical bone trajectory (CBT) screws in the treatment of …",
 * "The aim of this clinical study was to compare the outcome of … percutaneous catheter drainage (PCD)
 * for the treatment of …". A sentence of the study's aim ("To investigate …", "The aim of this study
 * was to …"), then the efficacy, effectiveness, safety, feasibility or outcome of something: what that
 * is said of is a treatment, a procedure or a device the study puts to the test, a method it uses. Only
 * a long form the abstract defines with an acronym, of two lower-case words at least, and only up to
 * where the patients or the condition come in ("in", "for", "among"): an exposure has effects, not
 * efficacy, and a condition is named after those words (`studied-conditions.ts` filters one that
 * slips in).
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A sentence stating the study's aim. */
const AIM = /^(?:(?:OBJECTIVES?|PURPOSE|AIMS?|BACKGROUND|INTRODUCTION)\s*:\s*)?(?:To\s+(?:investigate|evaluate|assess|compare|determine|examine|explore|analy[sz]e|study)\b|(?:The|Our)\s+(?:main\s+|primary\s+)?(?:aim|objective|purpose|goal)\s+of\s+(?:this|the|our)\s+(?:[a-z]+\s+)?(?:study|trial|work|research|analysis)\s+(?:was|is)\s+to\b)/;
/** What the aim evaluates: the efficacy (or outcome, …) of what follows, up to the patients or the condition. */
const EVALUATED = /\b(?:efficacy|effectiveness|safety|feasibility|outcomes?)\s+of\s+(.+?)(?=\s+(?:in|for|among|on|at)\s|[.;]|$)/g;
/** Lower-case words, hyphens allowed: a long form of a procedure, not a proper name. */
const LOWER_LONG_FORM = /^[a-z][a-z-]*(?:\s+[a-z][a-z-]*)+$/;

/** "the clinical efficacy of cortical bone trajectory (CBT) screws": the evaluated intervention, as a method used. */
export const evaluatedInterventions: EntityRule = {
	name: 'evaluated interventions',
	priority: 0,
	find({ sentences, acronyms, isGeneric, isKnown }) {
		const found: FoundName[] = [];
		if (acronyms.length === 0) return found;
		for (const sentence of sentences) {
			if (!AIM.test(sentence.text)) continue;
			for (const m of allMatches(sentence.text, EVALUATED)) {
				const start = sentence.start + m.index + m[0].length - m[1]!.length;
				const end = sentence.start + m.index + m[0].length;
				for (const acronym of acronyms) {
					if (acronym.span.start < start || acronym.span.end > end || !LOWER_LONG_FORM.test(acronym.long)) continue;
					if (isGeneric(acronym.short) || isKnown(acronym.short) || isKnown(acronym.long)) continue;
					found.push({ type: 'method', name: acronym.long, role: 'used', forms: [acronym.short] });
				}
			}
		}
		return found;
	},
};
