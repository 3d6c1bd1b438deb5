/**
 * The parts the paper's own system is built with, named in the sentence that introduces it:
 * "a novel lightweight network model named … (RPD-YOLO) with a lightweight Light C3 Ghost (LCG)
 * block and an LCG Path Aggregation Network (LCG-PAN) neck structure". Engineering papers name
 * their network and, after "with", its new blocks, each an acronym and the kind of part it is. An
 * acronym defined in that phrase and followed by a part's noun is the paper's too; one without
 * such a noun ("with a Transformer (ViT) backbone" aside) may be a tool the system only uses, and
 * a known acronym is left to the lexicons.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';

/** After the own name (and its bracketed acronym): "with", then the phrase up to a clause's end. */
const WITH_PHRASE = /^(?:\s*\([^()]*\))?,?\s+with\s+([^;.]*?)(?=,\s+(?:which|that|where|whose)\b|[;.]|$)/;
/** A part's noun right after an acronym's bracket, one plain word before it at most. */
const PART_AFTER = /^\s+(?:[a-z][\w-]*\s+)?(?:modules?|blocks?|units?|layers?|necks?|heads?|branch(?:es)?|structures?|mechanisms?|encoders?|decoders?|components?)\b/;
/** Parts that are a backbone: built on, not made ("with a ResNet (RN) backbone"). */
const BACKBONE = /^\s+(?:[a-z][\w-]*\s+)?backbones?\b/;

/** Acronyms defined after "with" beside the introduced name, each followed by a part's noun. */
export const partsWithOwnName: NameRule = {
	name: 'parts with own name',
	scope: 'paper',
	find({ abstract, acronyms, sentences, isKnown }, found) {
		const hits: NameHit[] = [];
		const forms = [...new Set(found.flatMap((h) => [h.name, ...h.forms]))].filter((form) => form.length > 1);
		// Each form's pattern made once a paper, and run only on a sentence that writes the form: a pattern made and run for
		// every form in every sentence with "with" was most of this rule's time.
		const patterns = new Map<string, RegExp>();
		for (const sentence of sentences) {
			if (!sentence.text.includes(' with ')) continue;
			for (const form of forms) {
				if (!sentence.text.includes(form)) continue;
				let pattern = patterns.get(form);
				if (!pattern) patterns.set(form, (pattern = new RegExp(String.raw`(?<![\w-])${escapeRegExp(form)}(?![\w-])`)));
				const at = pattern.exec(sentence.text);
				if (!at) continue;
				const after = at.index + form.length;
				const phrase = WITH_PHRASE.exec(sentence.text.slice(after));
				if (!phrase) continue;
				const from = sentence.start + after + phrase[0].length - phrase[1]!.length;
				const to = sentence.start + after + phrase[0].length;
				for (const acronym of acronyms) {
					if (acronym.span.start < from || acronym.span.end > to || isKnown(acronym.short) || isKnown(acronym.long)) continue;
					const rest = abstract.slice(acronym.span.end, acronym.span.end + 40);
					if (PART_AFTER.test(rest) && !BACKBONE.test(rest) && !hits.some((h) => h.name === acronym.short)) hits.push(hit(acronym.short));
				}
			}
		}
		return hits;
	},
};
