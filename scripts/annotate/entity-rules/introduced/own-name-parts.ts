/**
 * Parts the paper's own system is said to bring, listed after it as a sentence's subject:
 * "Flash-kmeans introduces two core kernel-level innovations: (1) FlashAssign, which fuses …; (2)
 * sort-inverse update, …", "FooNet features three modules: (i) BarAttn …". The authors are not the
 * subject, so the contribution-verb rules never read the sentence; its subject is a name another
 * rule already found the paper introduces, and what that name brings is the paper's too. Only a
 * coined name opening a listed item counts ("(1) FlashAssign"), so prose items are left alone.
 *
 * The subject may be the own system named by its kind ("The system comprises two pipelines: (1) a
 * Retrieval Pipeline that …; and (2) an Index Pipeline that …"), once a rule has found the paper's
 * own name; an item may then open with an article and a title-case name of two to four words, as
 * a system's parts are named in capitals.
 */
import { isCoinedName } from '../coined-name.ts';
import { hit, type NameHit, type NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** A verb by which a system brings its parts, right after the subject. */
const BRINGS = /^\s+(?:introduces|proposes|features|comprises|contains|includes|incorporates|consists\s+of|combines)\b/;
/** A listed item's marker and the word that opens it: "(1) FlashAssign", "(ii) BarAttn". */
const ITEM = /(?:^|[\s:;,])\((?:\d{1,2}|[ivx]{1,4}|[a-e])\)\s+([A-Za-z][\w-]*[\w])/g;
/** The own system named by its kind, as a sentence's subject. */
const OWN_KIND = /^(?:The|This|Our)\s+(?:system|framework|platform|pipeline|architecture|model|method|approach|tool|agent)(?=\s)/;
/** A listed item opening with an article and a title-case name: "(2) an Index Pipeline that …". */
const TITLED_ITEM = /(?:^|[\s:;,])\((?:\d{1,2}|[ivx]{1,4}|[a-e])\)\s+(?:an?|the)\s+([A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,3})(?=\s+[a-z]|[,;:.])/g;

/** Coined names opening the listed items of what a found own name introduces. */
export const ownNameParts: NameRule = {
	name: 'own name parts',
	scope: 'paper',
	find({ abstract, sentences, isGeneric, isKnown }, found) {
		const forms = found.flatMap((h) => h.forms);
		if (forms.length === 0) return [];
		const hits: NameHit[] = [];
		for (const sentence of sentences) {
			const subject = forms.find((form) => sentence.text.startsWith(form) && BRINGS.test(sentence.text.slice(form.length))) ?? OWN_KIND.exec(sentence.text)?.[0];
			if (!subject || !BRINGS.test(sentence.text.slice(subject.length))) continue;
			const items = sentence.text.slice(subject.length);
			for (const m of allMatches(items, ITEM)) {
				const name = m[1]!;
				if (isCoinedName(name) && !isGeneric(name) && !isKnown(name) && abstract.includes(name)) hits.push(hit(name));
			}
			for (const m of allMatches(items, TITLED_ITEM)) {
				const name = m[1]!;
				if (!isGeneric(name) && !isKnown(name) && !hits.some((h) => h.name === name)) hits.push(hit(name));
			}
		}
		return hits;
	},
};
