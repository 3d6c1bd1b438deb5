/**
 * The annotate stage for a whole collection: per-paper text annotations, then everything
 * that needs the collection — slugs, taxonomy topics, derived topics, related papers —
 * assembled into `Paper` records exactly as the page schema holds them.
 *
 * Pure and deterministic: the same raws and options give deep-equal output, with object
 * keys always in schema order, so a second build changes zero bytes.
 */
import type { Paper } from '../../src/shared/paper-schema.ts';
import type { TopicRecord } from '../../src/shared/topic-schema.ts';
import { entityKey } from '../../src/shared/urls.ts';
import type { RawPaper } from '../ingest/types.ts';
import { keyphraseFeaturesOf } from './annotate-paper.ts';
import { annotateText } from './annotate-text.ts';
import type { PaperKeyphraseFeatures } from './collection/keyphrase-features.ts';
import { rankKeyphrasesReusing, type KeptSelection } from './collection/keyphrase-reuse.ts';
import { deriveTopics } from './collection/derived-topics.ts';
import { unifyEntityKeys, withUnifiedKeys } from './collection/entity-identity.ts';
import { paperRecord } from './collection/paper-record.ts';
import { findRelatedPapersReusing, type KeptSearch, type RelatedInput, type RelatedOptions, type RelatedSearch } from './collection/related.ts';
import { assignSlugs, describeCollision, type SlugCollision } from './collection/slugs.ts';
import { collectTextFeatures, documentWords, type DocumentWords, type TextFeatureTable } from './collection/text-feature-table.ts';
import { nameTopicsByKeyphrases } from './collection/topic-keyphrase-names.ts';
import { themePhrases } from './collection/theme-topic-names.ts';
import type { IntakeKeeping } from './collection/phrase-intake.ts';
import { readsAsEnglish, titleReadsAsEnglish } from '../ingest/english-text.ts';
import { lowerCaseWordsOf } from './collection/lower-case-words.ts';
import type { PhrasesKeeping } from './collection/kept-carried-phrases.ts';
import { keptLowerCaseWords, type LowerCaseKeeping } from './collection/kept-lower-case-words.ts';
import { titlePhrases } from './collection/title-phrases.ts';
import { acronymLongForms } from './collection/topic-name-overlap.ts';
import { assignTopics } from './collection/topics.ts';
import type { Lexicons } from './lexicons.ts';
import type { Taxonomy } from './taxonomy.ts';
import type { TextAnnotations } from './types.ts';

/** What the annotate stage needs besides the papers. */
export interface AnnotateCollectionOptions {
	/** The parsed taxonomy, or null to derive every topic from the collection. */
	taxonomy: Taxonomy | null;
	lexicons: Lexicons;
	/**
	 * Text annotations already made (by worker threads, or from the content-hash cache), one per
	 * paper in input order; `annotateText` runs only where this is absent.
	 */
	texts?: readonly TextAnnotations[];
	/**
	 * Each paper's keyphrase candidates with their own features (`annotatePaper`), made with
	 * its text annotations; worked out here where absent.
	 */
	keyphrases?: readonly PaperKeyphraseFeatures[];
	/**
	 * Each paper's keyphrase selection from an earlier build of the same paper
	 * (`AnnotateCollectionResult.keyphraseSelections`), undefined where none: reused where it read
	 * the same counts from the collection.
	 */
	keptSelections?: readonly (KeptSelection | undefined)[];
	/**
	 * The related-paper search of an earlier build (`AnnotateCollectionResult.relatedSearch`, each
	 * paper's by its slug), reused wherever nothing it read has changed.
	 */
	keptRelated?: (slugs: readonly string[]) => KeptSearch;
	/** The related search's vector space kept from an earlier build, patched where few papers changed (`RelatedOptions.keptSpace`). */
	keptSpace?: RelatedOptions['keptSpace'];
	/** The papers each shared keyphrase took in at an earlier build, reused where nothing it read has changed (`phrase-intake.ts`). */
	keptIntake?: IntakeKeeping;
	/** The papers' lower-case words kept from an earlier build by text key, so only changed papers' words are read (`kept-lower-case-words.ts`). */
	keptLowerCase?: LowerCaseKeeping;
	/** Each paper's carried phrases kept from an earlier build, reused where nothing they follow from changed (`kept-carried-phrases.ts`). */
	keptPhrases?: PhrasesKeeping;
	/**
	 * Starts the related search (`findRelatedPapersReusing`'s arguments) and gives what returns its
	 * result, called once the topics are named: the build's hands the search to a worker, which
	 * runs it while this thread names the topics. By default the search runs when asked for.
	 */
	searchRelated?: (papers: readonly RelatedInput[], kept: KeptSearch | undefined, options: RelatedOptions) => () => RelatedSearch;
}

/**
 * The record fields the collection steps give, over the raw paper's and its text annotations'
 * (a text annotation of the same name, the keyphrase candidates, is replaced): every other field
 * of a record is the raw paper's or its text annotations'.
 */
export const COLLECTION_FIELDS = ['keyphrases', 'id', 'topics', 'related'] as const satisfies readonly (keyof Paper)[];
type CollectionField = (typeof COLLECTION_FIELDS)[number];

/**
 * The text annotations the collection rewrites in a paper whose entities it gives another key
 * (`entity-identity.ts`; `AnnotateCollectionResult.rekeyed`): there, they are no longer fixed by
 * the paper's own text.
 */
export const REKEYED_FIELDS = ['entities', 'claims'] as const satisfies readonly (keyof Paper)[];

/** Every paper page and topic record, plus what the build should report. */
export interface AnnotateCollectionResult {
	papers: Paper[];
	/** Taxonomy topics at least one paper has (taxonomy order), then the derived ones. */
	topics: TopicRecord[];
	/** One readable line per group of papers that wanted the same slug. */
	slugCollisions: string[];
	/** Per paper, its keyphrase selection with what it read from the collection, for the caller to keep. */
	keyphraseSelections: KeptSelection[];
	/** The related-paper search with what the next one needs to reuse it, for the caller to keep. */
	relatedSearch: RelatedSearch;
	/** Per paper, whether the collection gave one of its entities another key (its `REKEYED_FIELDS` are the collection's). */
	rekeyed: boolean[];
}

/**
 * Everything about a collection that needs only titles and abstracts — slugs, taxonomy and
 * derived topics, the text features related papers are found by — so a build can work it out
 * while worker threads make the per-paper text annotations (`completeCollection` joins them).
 */
export interface PreparedCollection {
	raws: readonly RawPaper[];
	taxonomy: Taxonomy | null;
	slugs: string[];
	collisions: SlugCollision[];
	paperTopics: { id: string; derived: boolean }[][];
	derivedTopics: TopicRecord[];
	text: TextFeatureTable;
	/** Per paper, the ids of the taxonomy topics it matched (`assignTopics`), for the caller to keep. */
	taxonomyTopics: string[][];
	/** Per paper, its content words as the text features were read from (`documentWords`), for the caller to keep. */
	words: DocumentWords[];
}

/**
 * The text-independent half of `annotateCollection`. `taxonomyTopics` are papers' taxonomy topic
 * ids already worked out with this taxonomy, and `words` their content words already read (a
 * paper's own, so the content-hash cache keeps them), undefined where not.
 */
export function prepareCollection(
	raws: readonly RawPaper[],
	options: Pick<AnnotateCollectionOptions, 'taxonomy'> & {
		taxonomyTopics?: readonly (readonly string[] | undefined)[];
		words?: readonly (DocumentWords | undefined)[];
		/** What gives the text features, `collectTextFeatures`' equal (a rebuild's takes unchanged papers' from the last build). */
		collectText?: typeof collectTextFeatures;
	},
): PreparedCollection {
	const { taxonomy } = options;
	const { slugs, collisions } = assignSlugs(raws);

	// Taxonomy first; whatever it leaves without a topic gets topics derived from the collection.
	const taxonomyTopics = raws.map((raw, i) => (taxonomy ? [...(options.taxonomyTopics?.[i] ?? assignTopics(raw, taxonomy).map((t) => t.id))] : []));
	const unmatched = taxonomyTopics.flatMap((topics, i) => (topics.length === 0 ? [i] : []));
	// Tokenised and stemmed once for both derived topics and related papers.
	const words = raws.map((raw, i) => options.words?.[i] ?? documentWords(raw));
	const text = (options.collectText ?? collectTextFeatures)(raws, words);
	const derived = deriveTopics(raws, { only: unmatched, reservedIds: taxonomy?.topics.map((t) => t.id) ?? [], text });
	const paperTopics = raws.map((_, i) =>
		taxonomyTopics[i].length > 0
			? taxonomyTopics[i].map((id) => ({ id, derived: false }))
			: derived.assignments[i].map((t) => ({ id: t.id, derived: true })),
	);
	const derivedTopics = derived.topics.map((t) => ({ id: t.id, title: t.title, description: t.description, derived: true }));
	return { raws, taxonomy, slugs, collisions, paperTopics, derivedTopics, text, taxonomyTopics, words };
}

/**
 * The phrases a paper shares with others, for topic names and related papers: its longer list of
 * keyphrases; for a paper without an abstract, the phrases of its title. Text not in English
 * gives none: the noun-phrase rules read English, and gave a topic "En el".
 */
function sharedPhrases(raw: RawPaper, ranked: readonly { text: string }[], writtenInLowerCase: (word: string) => boolean): string[] {
	if (raw.abstract.trim() !== '') return readsAsEnglish(raw.abstract) ? ranked.map((k) => k.text) : [];
	return titleReadsAsEnglish(raw.title) ? titlePhrases(raw.title, writtenInLowerCase) : [];
}

/** Annotates every paper (input order kept) and the collection. */
export function annotateCollection(raws: readonly RawPaper[], options: AnnotateCollectionOptions): AnnotateCollectionResult {
	return completeCollection(prepareCollection(raws, options), options);
}

/** The rest of `annotateCollection` once the collection is prepared: text annotations, related papers, records. */
export function completeCollection(
	prepared: PreparedCollection,
	options: Pick<AnnotateCollectionOptions, 'lexicons' | 'texts' | 'keyphrases' | 'keptSelections' | 'keptRelated' | 'keptSpace' | 'keptIntake' | 'keptLowerCase' | 'keptPhrases' | 'searchRelated'>,
): AnnotateCollectionResult {
	const { raws, taxonomy, slugs, collisions, text } = prepared;
	const texts = raws.map((raw, i) => options.texts?.[i] ?? annotateText(raw, options.lexicons));
	// The text rule finds every candidate; which of them name the paper depends on the collection.
	const keyphraseSelections = rankKeyphrasesReusing(
		raws,
		raws.map((raw, i) => options.keyphrases?.[i] ?? keyphraseFeaturesOf(raw, texts[i])),
		options.keptSelections ?? [],
	);
	const selections = keyphraseSelections.map((kept) => kept.selection);
	const keyphrases = selections.map((s) => s.shown);
	// Topic names and related papers look for phrases papers share.
	const paperTexts = raws.map((raw) => `${raw.title}\n${raw.abstract}`);
	const writtenInLowerCase = options.keptLowerCase ? keptLowerCaseWords(prepared.words, options.keptLowerCase) : lowerCaseWordsOf(prepared.words);
	const ranked = selections.map((s, i) => sharedPhrases(raws[i]!, s.ranked, writtenInLowerCase));

	// One named thing, one key, whichever way each paper typed or wrote it.
	const renames = unifyEntityKeys(texts);
	const keyed = texts.map((t) => withUnifiedKeys(t, renames));
	const rekeyed = keyed.map((k, i) => k !== texts[i]);

	// Started before the topic naming, which it reads nothing of: a build runs it on a worker meanwhile.
	const searchRelated = options.searchRelated ?? ((...search) => () => findRelatedPapersReusing(...search));
	const searched = searchRelated(
		raws.map((raw, i) => ({
			id: slugs[i],
			title: raw.title,
			abstract: raw.abstract,
			entities: keyed[i].entities.map((e) => ({ key: entityKey(e.type, e.id), name: e.name })),
			keyphrases: ranked[i],
			shown: keyphrases[i].map((k) => k.text),
		})),
		options.keptRelated?.(slugs),
		{ text, keptSpace: options.keptSpace },
	);

	// Derived topics are named by a keyphrase their papers share, known only now.
	const { topics: derivedTopics, paperTopics } = nameTopicsByKeyphrases(
		prepared.derivedTopics,
		prepared.paperTopics,
		ranked,
		paperTexts,
		taxonomy?.topics.map((t) => t.id) ?? [],
		acronymLongForms(texts.map((t) => t.acronyms)),
		writtenInLowerCase,
		themePhrases(text),
		options.keptIntake,
		options.keptPhrases,
	);

	const relatedSearch = searched();
	const related = relatedSearch.papers.map((kept) => kept.related);

	// Layered, not spread: a cached paper's annotations that only its record holds stay unread until a page needs them.
	const papers = raws.map((raw, i) => {
		const fields = { keyphrases: keyphrases[i], id: slugs[i], topics: paperTopics[i], related: related[i] } satisfies Record<CollectionField, unknown>;
		return paperRecord(raw, texts[i], rekeyed[i] ? { ...fields, entities: keyed[i].entities, claims: keyed[i].claims } : fields);
	});

	const used = new Set(paperTopics.flat().map((t) => t.id));
	const topics: TopicRecord[] = [
		...(taxonomy?.topics ?? [])
			.filter((t) => used.has(t.id))
			.map((t) => ({ id: t.id, title: t.title, description: t.description, derived: false })),
		...derivedTopics,
	];
	return { papers, topics, slugCollisions: collisions.map(describeCollision), keyphraseSelections, relatedSearch, rekeyed };
}
