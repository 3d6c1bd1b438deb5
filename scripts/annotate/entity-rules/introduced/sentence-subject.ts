/**
 * When nothing else names what the paper introduces: a new name that is the subject of a
 * sentence ("DiffDepth keeps the denoising U-Net, …") is the paper's own system. wink-nlp's
 * part-of-speech tags tell a subject ("DiffDepth keeps …") from a heading-like mention
 * ("SOTA results …"); the abstract's tokens are cached from reading its sentences. A name first
 * written in a background sentence is the field's, not the paper's (`background-name.ts`), and so is
 * the short form of words in lower case defined where the authors are not the subject ("the effects
 * of yoga-based breathing training (YbBT) … were investigated", "health-related quality of life (HrQoL)"): a
 * practice or an outcome a study tests or measures. Authors name their own coinage in capitals or
 * after a verb of making ("we propose …"), which the other rules read. A name before a noun of what
 * an examination gives ("MRI scan found a collection …", "CT images showed …") modifies that noun, the
 * sentence's real subject, however a tagger reads "scan": a case's investigations, not a system.
 */
import { analyzeText } from '../../sentences.ts';
import { isCoinedName } from '../coined-name.ts';
import { spelledTail } from '../qualified-acronyms.ts';
import { definedInBackground } from './background-name.ts';
import { SUBJECT as OWN_WORK } from './contribution-statement.ts';
import { hit, type NameRule } from './name-rule.ts';

const SIZED = /-\d+(?:\.\d+)?[BM]$/;
/** An acronym in the plural ("SMEs contribute …", "GANs learn …"): a kind of thing, counted, not one named system. */
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;
const SUBJECT = /^(?:[A-Z][a-z]+ly,\s+|In addition,\s+)?([A-Za-z][\w+-]*)\s/;
/** Nouns of what an examination gives, which a name before them modifies. */
const EXAMINATION_NOUN = /^(?:scans?|images?|imaging|findings?|examinations?|exams?|studies|readings?)\s/;

/** A head noun of a made thing ("a joint bias correction algorithm (JbCa)"), which a paper may coin in the impersonal voice. */
const MADE_HEAD = /\s(?:algorithm|method|model|framework|network|system|technique|approach|scheme|architecture|estimator|transform|procedure|pipeline)s?$/;
/** A sentence that states the paper's own work: the authors or the paper as subject, or "Here, …". */
const ownWork = (text: string) => OWN_WORK.test(text) || /^Here\b/.test(text);

/**
 * Whether an acronym's long form, in lower case and headed by no noun of a made thing, is defined in a
 * sentence that does not state the paper's own work: a practice or an outcome the study tests or measures.
 */
function testedTerm(long: string, sentence: string): boolean {
	return /^[A-Za-z][a-z-]*(?:\s+[a-z][\w-]*)+$/.test(long) && !MADE_HEAD.test(long) && !ownWork(sentence);
}

/** The first coined, unlisted name followed by a verb at the start of a sentence, if no rule found a name. */
export const sentenceSubject: NameRule = {
	name: 'sentence subject',
	scope: 'paper',
	find({ abstract, sentences, acronyms, isGeneric, isKnown }, found) {
		if (found.length > 0) return [];
		const { tokens } = analyzeText(abstract);
		for (const sentence of sentences) {
			const subject = SUBJECT.exec(sentence.text);
			const token = subject?.[1];
			// A sized checkpoint ("Qwen3-8B improves …") is a model the paper trains, not its own named method.
			if (!token || !isCoinedName(token) || isKnown(token) || isGeneric(token) || SIZED.test(token) || PLURAL_ACRONYM.test(token)) continue;
			// A name the abstract defines as background ("METE is a unified theory …") is tested, not introduced.
			if (definedInBackground(token, sentences)) continue;
			if (acronyms.some((a) => a.short === token && testedTerm(a.long, sentences.find((s) => s.start <= a.span.start && a.span.start < s.end)?.text ?? ''))) continue;
			if (EXAMINATION_NOUN.test(sentence.text.slice(subject.index + subject[0].length))) continue;
			// The qualified acronym of a method written out before it ("structural equation modelling (CB-SEM)") is that method's.
			const bracket = abstract.indexOf(`(${token})`);
			if (bracket > 0 && spelledTail(token, abstract.slice(Math.max(0, bracket - 80), bracket))) continue;
			const nameEnd = sentence.start + subject.index + subject[0].length - 1;
			const next = tokens.find((t) => t.start >= nameEnd);
			if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return [hit(token)];
		}
		return [];
	},
};
