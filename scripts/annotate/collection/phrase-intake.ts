/**
 * The papers a shared keyphrase of several words takes in besides its holders (`shared-keyphrase-topics.ts`): the papers
 * with topics whose text writes the phrase (`PhraseCarriers.carries`), looked up only where the text has the phrase's
 * first word; a phrase no ungrouped paper holds takes in ungrouped papers only. At 10,000 papers this read every grouped
 * paper's text on every rebuild (~3 s of a one-abstract rebuild's annotate step), so each phrase's intake is kept for the
 * next build by paper signature (`KeptIntake`) and a rebuild looks up only the papers whose signature is new.
 *
 * Why that is exact: whether a paper is taken in by a phrase reads the phrase (its form, whether some holder is
 * ungrouped, the writing its carriers are asked about) and the paper's text, phrases and whether it is ungrouped, which
 * its signature holds (its text key, then the other two). A paper with a kept signature answers as it did, so a phrase
 * whose three parts are as kept takes in the papers with the signatures it took in, plus what the new signatures answer.
 */
import { createHash } from 'node:crypto';
import { americanSpelling } from './american-spelling.ts';
import type { PhraseCarriers } from './phrase-carriers.ts';
import { phraseForm } from './phrase-form.ts';
import { wordsBetweenGaps } from './word-runs.ts';

/** The phrases' intake at one build, for the next; V8-serialisable. */
export interface KeptIntake {
	/** Each distinct signature of a paper with topics: a digest of its text key, whether ungrouped, its phrases. */
	signatures: string[];
	/** Each phrase of several words, by form. */
	forms: string[];
	/** Per form, 1 where some holder was in "Other papers". */
	fromOther: Uint8Array;
	/** Per form, the writing its carriers were asked about; '' where no paper was a candidate. */
	written: string[];
	/** Per form, where its intake (indexes into `signatures`) ends in `took`; it starts where the last form's ended. */
	ends: Int32Array;
	took: Int32Array;
}

/** The last build's intake and where to keep this build's; `textKeys` (default: the texts) key each paper's text. */
export interface IntakeKeeping {
	kept: KeptIntake | undefined;
	keep: (intake: KeptIntake) => void;
	textKeys?: readonly string[];
}

/** A phrase of several words with its papers (its holders, the intake added in place). */
export interface IntakePhrase {
	form: string;
	papers: Set<number>;
	first: string;
	/** Whether some holder is in "Other papers": then every paper with topics is a candidate, else the ungrouped ones. */
	fromOther: boolean;
}

/** What the intake reads of the collection. */
export interface IntakeContext {
	/** The papers with topics, in order. */
	holding: readonly number[];
	/** Each paper's `title\nabstract`. */
	texts: readonly string[];
	isOther: (paper: number) => boolean;
	carriers: PhraseCarriers;
	/** How most holders write a form. */
	writtenOf: (form: string) => string;
	keeping?: IntakeKeeping;
}

/**
 * Adds to each phrase's papers, in paper order after its holders, the papers it takes in; with `keeping`, reuses the
 * kept intake of each phrase whose form, ungrouped holder and writing are as kept, and keeps this build's.
 */
export function takeInCarriers(phrases: readonly IntakePhrase[], context: IntakeContext): void {
	const { holding, texts, isOther, carriers, keeping } = context;
	// A text's words in American spelling, ending at any character but a letter, a digit or a hyphen. The text is
	// spelled whole: spelling only its hinted runs (`americanSpelling`) costs less than looking each word up in a memo.
	const read = (text: string) => wordsBetweenGaps(americanSpelling(text));
	// Each phrase's papers are its holders until the intake is added after them.
	const held = phrases.map((phrase) => phrase.papers.size);
	const kept = keeping?.kept;
	const signatures = keeping ? paperSignatures(context, keeping.textKeys ?? texts) : undefined;
	// Papers now by kept signature, and the papers whose signature is new.
	const keptAt = new Map(kept?.forms.map((form, at) => [form, at]));
	const nowOf = new Map<number, number[]>();
	const fresh: number[] = [];
	if (kept && signatures) {
		const keptId = new Map(kept.signatures.map((signature, id) => [signature, id]));
		for (const paper of holding) {
			const id = keptId.get(signatures.text[signatures.id.get(paper)!]!);
			if (id === undefined) fresh.push(paper);
			else (nowOf.get(id) ?? nowOf.set(id, []).get(id)!).push(paper);
		}
	}
	const freshWords = new Map<number, Set<string>>();
	const writes = (paper: number, word: string) => {
		let words = freshWords.get(paper);
		if (!words) freshWords.set(paper, (words = new Set(read(texts[paper]!.toLowerCase()))));
		return words.has(word);
	};

	// How most holders write a phrase, and that writing's form: read once, and only when a paper is asked about it.
	const asked = phrases.map(() => '');
	const askedForm = phrases.map(() => '');
	const ask = (i: number) => {
		if (!asked[i]) askedForm[i] = phraseForm((asked[i] = context.writtenOf(phrases[i]!.form)));
		return asked[i]!;
	};
	const takes = (i: number, paper: number) => {
		const written = ask(i);
		return carriers.carries(paper, askedForm[i]!, written) > 0;
	};
	const anew: number[] = [];
	phrases.forEach((phrase, i) => {
		const at = keptAt.get(phrase.form);
		if (at === undefined || kept!.fromOther[at] !== +phrase.fromOther || (kept!.written[at] !== '' && kept!.written[at] !== ask(i))) {
			anew.push(i);
			return;
		}
		const intake: number[] = [];
		for (let t = at === 0 ? 0 : kept!.ends[at - 1]!; t < kept!.ends[at]!; t++) intake.push(...(nowOf.get(kept!.took[t]!) ?? []));
		for (const paper of fresh) {
			if ((phrase.fromOther || isOther(paper)) && !phrase.papers.has(paper) && writes(paper, phrase.first) && takes(i, paper)) intake.push(paper);
		}
		for (const paper of intake.sort((a, b) => a - b)) phrase.papers.add(paper);
	});

	// The rest read every candidate whose text has their first word; a phrase no ungrouped paper holds reads only theirs.
	const firstWords = (fromOther: boolean) => new Set(anew.flatMap((i) => (phrases[i]!.fromOther === fromOther ? [phrases[i]!.first] : [])));
	const withWord = firstWordIndexes(holding, texts, { all: firstWords(true), other: firstWords(false) }, isOther, read);
	for (const i of anew) {
		const { papers, first, fromOther } = phrases[i]!;
		for (const paper of (fromOther ? withWord.all : withWord.other).get(first) ?? []) {
			if (!papers.has(paper) && takes(i, paper)) papers.add(paper);
		}
	}
	if (keeping && signatures) keeping.keep(keptIntake(phrases, held, asked, signatures));
}

/** Each paper with topics' signature, once per distinct one (`text`), and its index by paper (`id`). */
function paperSignatures({ holding, isOther, carriers }: IntakeContext, textKeys: readonly string[]) {
	const text: string[] = [];
	const idOf = new Map<string, number>();
	const id = new Map<number, number>();
	for (const paper of holding) {
		// Digested: the phrases written out were 6 MB of the kept file at 10,000 papers, a tenth of a second to read back.
		const signature = createHash('sha1').update(`${textKeys[paper]}\u0000${isOther(paper) ? 1 : 0}\u0000${carriers.phrases(paper).join('\u0000')}`).digest('base64');
		let at = idOf.get(signature);
		if (at === undefined) idOf.set(signature, (at = text.push(signature) - 1));
		id.set(paper, at);
	}
	return { text, id };
}

/** This build's intake: each phrase's papers after its holders, by signature. */
function keptIntake(phrases: readonly IntakePhrase[], held: readonly number[], asked: readonly string[], signatures: ReturnType<typeof paperSignatures>): KeptIntake {
	const took: number[] = [];
	const ends = new Int32Array(phrases.length);
	phrases.forEach((phrase, i) => {
		if (phrase.papers.size > held[i]!) for (const paper of [...phrase.papers].slice(held[i])) took.push(signatures.id.get(paper)!);
		ends[i] = took.length;
	});
	return {
		signatures: signatures.text,
		forms: phrases.map((p) => p.form),
		fromOther: Uint8Array.from(phrases, (p) => +p.fromOther),
		written: [...asked],
		ends,
		took: Int32Array.from(took),
	};
}

/**
 * The papers whose text (read in lower case and American spelling by `read`) writes each word phrases open with: of
 * all `papers` (in order) for `words.all`, and of those `inOther` holds for `words.other`. Each text is read once for
 * both, and only the words asked for are kept: indexing every word of every paper was most of this step's time at
 * 10,000 papers, on every rebuild too.
 */
function firstWordIndexes(
	papers: readonly number[],
	texts: readonly string[],
	words: { all: ReadonlySet<string>; other: ReadonlySet<string> },
	inOther: (paper: number) => boolean,
	read: (text: string) => string[],
) {
	const all = new Map<string, number[]>();
	const other = new Map<string, number[]>();
	const add = (index: Map<string, number[]>, word: string, paper: number) => {
		const list = index.get(word);
		if (!list) index.set(word, [paper]);
		// Papers come in order, so a paper that writes the word twice is the list's last.
		else if (list[list.length - 1] !== paper) list.push(paper);
	};
	if (words.all.size === 0 && words.other.size === 0) return { all, other };
	for (const paper of papers) {
		const isOther = inOther(paper);
		if (!isOther && words.all.size === 0) continue;
		for (const word of read(texts[paper]!.toLowerCase())) {
			if (!word) continue;
			if (words.all.has(word)) add(all, word, paper);
			if (isOther && words.other.has(word)) add(other, word, paper);
		}
	}
	return { all, other };
}
