/**
 * When nothing else names what the paper introduces: a new name that is the subject of a
 * sentence ("DiffDepth keeps the denoising U-Net, …") is the paper's own system. wink-nlp's
 * part-of-speech tags tell a subject ("DiffDepth keeps …") from a heading-like mention
 * ("SOTA results …"); the abstract's tokens are cached from reading its sentences. A name first
 * written in a background sentence is the field's, not the paper's (`background-name.ts`).
 */
import { analyzeText } from '../../sentences.ts';
import { isCoinedName } from '../coined-name.ts';
import { definedInBackground } from './background-name.ts';
import { hit, type NameRule } from './name-rule.ts';

const SIZED = /-\d+(?:\.\d+)?[BM]$/;
const SUBJECT = /^(?:[A-Z][a-z]+ly,\s+|In addition,\s+)?([A-Za-z][\w+-]*)\s/;

/** The first coined, unlisted name followed by a verb at the start of a sentence, if no rule found a name. */
export const sentenceSubject: NameRule = {
	name: 'sentence subject',
	scope: 'paper',
	find({ abstract, sentences, isGeneric, isKnown }, found) {
		if (found.length > 0) return [];
		const { tokens } = analyzeText(abstract);
		for (const sentence of sentences) {
			const subject = SUBJECT.exec(sentence.text);
			const token = subject?.[1];
			// A sized checkpoint ("Qwen3-8B improves …") is a model the paper trains, not its own named method.
			if (!token || !isCoinedName(token) || isKnown(token) || isGeneric(token) || SIZED.test(token)) continue;
			// A name the abstract defines as background ("METE is a unified theory …") is tested, not introduced.
			if (definedInBackground(token, sentences)) continue;
			const nameEnd = sentence.start + subject.index + subject[0].length - 1;
			const next = tokens.find((t) => t.start >= nameEnd);
			if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return [hit(token)];
		}
		return [];
	},
};
