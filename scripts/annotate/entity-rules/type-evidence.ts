/**
 * The type a name's own shape and context give it, for names no lexicon types: a pattern rule
 * guesses "method" for a coined name, and the evidence corrects it.
 *
 * - dataset: a count suffix the text calls a dataset ("a style dataset Foo-1.4M": items, not
 *   parameters, even where a model rule took the suffix for a size), a count in thousands ("Foo-30K"), a benchmark-like suffix ("CAMEL-Bench", "ReachQA", "LongMemEval", "WebSight-Test"),
 *   a benchmark or dataset noun beside it ("benchmarks RULER and InfiniteBench", "Ego2Act, a
 *   benchmark", "the MemoTrap dataset", "a driving dataset (InstructScene)", "the Skywork-Reward data collection", a title
 *   "CAMEL-Bench: A … Benchmark"), a participle that says it establishes one ("X to evaluate this
 *   capability, establishing a benchmark"), a result measured on it (or a gain: "+18.3% on X") ("accuracy we measure on
 *   PersonaMem-32K"), or a place in a list with a dataset the lexicons know ("XSum, MemoTrap
 *   and NQ-Open"), a long form that says so ("Chinese Corpora Internet 3.0 (CCI3.0)");
 * - the kind an apposition states ("AgentEval, a … evaluation framework"; `apposed-kind.ts`),
 *   before any of the guesses below;
 * - model: a long form of a language model in title case ("Nature Language Model (briefly, NatureLM)"),
 *   before the kind an apposition states; a parameter-count suffix ("Qwen3-8B", "Skywork-Reward-Gemma-27B") or a count of parameters
 *   given right after the name ("(ArtifactUNet, 3.6M parameters)") or compared by them ("49x fewer
 *   parameters than CLAM and 4.8x fewer than SpecTTTra"), a BERT of a
 *   language or domain ("CamemBERT"), an encoder or decoder part ("GlyphKit-Encoder"), a release as
 *   models ("We also release Foo-1.7 and Foo-1.7-mini as open-source models"), or a place in a
 *   list whose known names are all models ("Mistral, Llama3, DeepSeekMath, and Qwen2-Math").
 *
 * The context patterns are fixed and tried at the places the name stands (`nameStarts`), not
 * rebuilt around each name: compiling a pattern per name and paper was the costliest step of
 * entity extraction.
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { EntityType } from '../lexicons.ts';
import { forLastText } from '../last-text.ts';
import { apposedKind } from './apposed-kind.ts';
import { lowerAscii, nameStarts } from './name-occurrences.ts';
import { allMatches } from '../all-matches.ts';

// A benchmark's numbered release keeps its ending's word before the number ("GenEval2", "VBench-2.0").
const DATASET_SUFFIX = /(?:(?:Bench|QA|Eval)(?:-?v?\d+(?:\.\d+)?)?|[-_](?:Test|Set|Arena|Suite)|Corpus)$/;

/** Whether a name ends as benchmarks and datasets are named ("CAMEL-Bench", "ReachQA", "LongMemEval"). */
export const hasDatasetSuffix = (name: string): boolean => DATASET_SUFFIX.test(name);
// A suite of tools, utilities or programs is software, not a test suite ("Foo: a flexible suite of utilities for …").
// A cohort is the people a study follows and the data it keeps of them ("the LonGenity cohort").
const DATASET_NOUN = String.raw`(?:benchmarks?|datasets?|corpus|corpora|cohorts?|suites?(?!\s+of\s+(?:tools|utilities|programs|packages|libraries|functions|commands|software)\b)|testbeds?|leaderboards?|test sets?|(?:data\s+)?collections?)`;
// A size part ends the name or stands between hyphens before a stage or variant ("Foo-235B-RL").
const MODEL_SIZE = /-\d+(?:\.\d+)?[BM](?:$|-)/;
/** A parameter count anywhere in a name ("Llama-3-8B", "a 7B model"): what it names is a model, not a dataset. */
export const PARAMETER_COUNT = /\d(?:\.\d+)?[BM](?![a-z])/;
// A count in thousands or millions ends a model's name ("BERT-110M") and a dataset's ("Foo-1.4M",
// "Bar-50K"): its parameters or its items. The words beside it say which.
const COUNT_SUFFIX = /[-\s]\d+(?:\.\d+)?[KM]$/;
// A count in thousands alone is of items: no network is sized in thousands of parameters, so "Foo-30K"
// names the data the paper built ("we construct Foo-30K"), unless a parameter count in the name says a
// model's context length follows it ("Bar-7B-32K"). Written "k" as often as "K" ("Foo-SFT-10k", "USPTO-50k").
const THOUSANDS_SUFFIX = /-\d+(?:\.\d+)?[Kk]$/;
// A trained network's part named by the paper: "GlyphKit-Encoder", "Foo-Decoder"; or a name ending in the
// acronym of a class of models after a hyphen ("X-VLA", "Foo-VLM", "Bar-LLM"): one model of that class
// ("LMM" is left out: numerical analysis's linear multistep methods share it).
const MODEL_PART = /[A-Za-z0-9]-(?:Encoder|Decoder|LLM|VLM|MLLM|VLA)$/;
// A digital elevation, terrain or surface model is a raster of heights, data a study reads ("SRTM",
// "MERIT DEM", "Multi-Error-Removed Improved-Terrain Digital Elevation Model"), whatever its last word says.
const ELEVATION_MODEL = /\b(?:Digital\s+(?:Elevation|Terrain|Surface)\s+Models?|DEMs?)$/i;

/** Whether a name is of a digital elevation, terrain or surface model, a raster of heights: data, not a fitted model. */
export const isElevationModel = (name: string): boolean => ELEVATION_MODEL.test(name);
// A coined name ending in "BERT" is a pretrained BERT of some language or domain ("CamemBERT",
// "FlauBERT", "SciBERT", "RoBERTa"): a trained network, as its parent is.
const BERT_FAMILY = /^[A-Z][A-Za-z]*[a-z](?:BERT|BERTa)$/;
const HAS_DATASET_NOUN = new RegExp(String.raw`\b${DATASET_NOUN}\b`, 'i');
const ENDS_IN_DATASET_NOUN = new RegExp(String.raw`\b${DATASET_NOUN}$`, 'i');
// A long form naming a language model in title case ("Introspective Diffusion Language Model (I-DLM)", "Nature
// Language Model (briefly, NatureLM)") names a trained network, whatever "paradigm" its apposition says.
const LANGUAGE_MODEL_FORM = /\b[A-Z][\w-]*\s+Language\s+Models?$/;
// "We also release Foo-1.7 and Foo-1.7-mini as open-source models": what is released as models (or
// as their weights or checkpoints) is a model; the names stand between the verb and "as" (or right
// before "models": "We release Pantagruel models").
const RELEASED_AS_MODELS = /\b(?:release[sd]?|releasing|open-source[sd]?)\s+((?:(?!\bas\s)[^.;:]|\.(?=\d)){1,160}?)\s+as\s+(?!well\b)(?:[\w-]+\s+){0,2}(?:models?|weights|checkpoints)\b/g;

// Nouns of what an archive or an instrument's record holds: right after a name, it names where they come from ("MTBS data", "MODIS imagery", "BAECV products").
const PRODUCT_NOUN = String.raw`(?:data|imagery|products|scenes)`;
// Sticky patterns, tried where the name starts or ends. After the name: "X benchmark", "X, a new benchmark", "X imagery".
// In apposition, a set with a word of what it holds is data too ("X, a preference set built from …"); a
// bare "set" or "a set of" may hold anything ("a set of rules").
const AFTER_NAME = String.raw`(?:\s+(?:${DATASET_NOUN}|${PRODUCT_NOUN})\b|,\s+an?\s+(?:[\w-]+\s+){0,4}?${DATASET_NOUN}\b|,\s+an?\s+(?:[\w-]+\s+){1,3}?sets?\b(?!\s+of\b))`;
const NOUN_AFTER = new RegExp(String.raw`(?![\w-])${AFTER_NAME}`, 'iy');
// Before the name: "benchmarks such as RULER and X", "benchmarks like A, B, C". The list's "and"
// comes before its last item: "benchmarks like COCO and LVIS, Rex-Omni attains" ends at LVIS.
const LIST_BEFORE = String.raw`(?:(?:[\w.-]+,\s+){0,4}[\w.-]+,?\s+and\s+|(?:[\w.-]+,\s+){0,4})`;
// Or the name in brackets right after the noun: "we construct a large-scale driving dataset (InstructScene) containing …".
const NOUN_BEFORE = new RegExp(String.raw`(?<=\b${DATASET_NOUN}\s+(?:\(|(?:(?:such as|like|including|named|called)\s+)?${LIST_BEFORE}))`, 'iy');
// Before the name: a result measured on it ("the highest accuracy we measure on X", "results on X").
const RESULT_WORD = String.raw`(?:measured?|evaluated?|tested|benchmarked|accuracy|performance|results?|scores?)`;
// Or a gain or score stated as a number right before "on": "+18.3% on ALFWorld", "4.2 points on X".
const RESULT_NUMBER = String.raw`\d(?:\.\d+)?\s*(?:%|pp|points?)`;
const MEASURED_ON = new RegExp(String.raw`(?<=(?:\b${RESULT_WORD}\s+(?:[\w-]+\s+){0,2}?|${RESULT_NUMBER}\s+)on\s+(?:the\s+)?)`, 'iy');
const WORD_BEFORE = /(?<=[\w-])/y;
const WORD_AFTER = /(?=[\w-])/y;
// After the name, a participle restating what it is: "We introduce X (X) to evaluate this capability,
// establishing a benchmark for …", "X, creating a new dataset of …".
const ESTABLISHED_AS = new RegExp(
	String.raw`\)?(?:\s+to\s+[^,.;()]{1,60})?,\s+(?:establishing|creating|constructing|building|forming|providing|yielding)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?${DATASET_NOUN}\b`,
	'iy',
);
// A title that names a dataset and, joined to it, a model, network or method the paper also makes.
const DATASET_AND_MODEL = new RegExp(String.raw`\b${DATASET_NOUN}\s+and\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:models?|networks?|detectors?|methods?|frameworks?|architectures?)\b`, 'i');
// A title "X: a … benchmark", after the name.
const TITLE_NOUN = new RegExp(String.raw`:\s.*\b${DATASET_NOUN}\b`, 'iy');

// A dot only inside a name ("CCI3.0"): a list never runs past the end of its sentence. Its
// "and" or "or" comes before its last item: in "On COCO and LVIS, Rex-Omni attains …" the name
// after the comma is the clause's subject, not a third benchmark.
const LIST_ITEM = String.raw`[A-Z](?:[\w'-]|\.(?=\w))*(?:\s[A-Z0-9](?:[\w-]|\.(?=\w))*)?`;
// Two names and one comma are no list: "On the new XSum, Rex-Omni attains …" is a phrase and the
// clause's subject. Three names need no "and"; two need one.
const LIST = new RegExp(String.raw`${LIST_ITEM}(?:(?:,\s+${LIST_ITEM}){2,}(?:,?\s+(?:and|or)\s+${LIST_ITEM})?|(?:,\s+${LIST_ITEM})*,?\s+(?:and|or)\s+${LIST_ITEM})`, 'g');
const LIST_SEPARATOR = /,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;
/** The items of every list in an abstract, read once for all its names (both list tests ask for each). */
const listsOf = forLastText((abstract) => allMatches(abstract, LIST).map((m) => m[0].split(LIST_SEPARATOR).map((s) => s.trim())));

/** What the evidence reads about the paper. */
export interface TypeEvidence {
	title: string;
	abstract: string;
	/** Whether a lexicon lists the name as a dataset. */
	isKnownDataset(name: string): boolean;
	/** The type a lexicon gives a name, if it lists it. */
	knownType?(name: string): EntityType | undefined;
	/** Other forms of the name, such as the long form of an acronym ("Chinese Corpora Internet 3.0"). */
	forms?: readonly string[];
}

/**
 * The type the evidence gives `name`, or `guess` when it gives none. Only a guessed "method"
 * is corrected: a dataset or model type already rests on evidence of its own.
 *
 * @example typeFromEvidence('CAMEL-Bench', 'method', evidence) // 'dataset'
 */
export function typeFromEvidence(name: string, guess: EntityType, evidence: TypeEvidence): EntityType {
	if ((guess === 'method' || guess === 'model') && COUNT_SUFFIX.test(name) && countsItems(name, evidence.abstract)) return 'dataset';
	if (guess === 'method' && THOUSANDS_SUFFIX.test(name) && !PARAMETER_COUNT.test(name.replace(THOUSANDS_SUFFIX, ''))) return 'dataset';
	if (guess === 'model' && ELEVATION_MODEL.test(name)) return 'dataset';
	if (guess !== 'method') return guess;
	if (MODEL_SIZE.test(name) || BERT_FAMILY.test(name) || MODEL_PART.test(name) || countedInParameters(name, evidence.abstract) || comparedInParameters(name, evidence.abstract)) return 'model';
	// "ViGoR-Bench: How Far Are …" titles the benchmark the abstract calls "ViGoR": the name is the benchmark's.
	if (titledWithBenchmarkTail(name, evidence.title)) return 'dataset';
	// The kind may be stated beside the long form the acronym stands for ("a model named Real-time … (RPD-YOLO)").
	// A title may hyphen a name the abstract spaces ("SkyReels-V4" there, "SkyReels V4 is a … model" here): one name, as its slug says.
	const spellings = name.includes('-') ? [...(evidence.forms ?? []), name.replaceAll('-', ' ')] : (evidence.forms ?? []);
	const stated = apposedKind(name, evidence.abstract) ?? spellings.filter((form) => form !== name).map((form) => apposedKind(form, evidence.abstract)).find(Boolean);
	// A form ending in a noun of data names its kind in the authors' own words ("Chinese Medical Retrieval Benchmark
	// (CMRB), a comprehensive evaluation framework"): the apposition's framework is how the benchmark is built.
	if (spellings.some((form) => form !== name && LANGUAGE_MODEL_FORM.test(form))) return 'model';
	if (stated && !(stated === 'method' && spellings.some((form) => ENDS_IN_DATASET_NOUN.test(form)))) return stated;
	if (DATASET_SUFFIX.test(name)) return 'dataset';
	if ((evidence.forms ?? []).some((form) => HAS_DATASET_NOUN.test(form))) return 'dataset';
	if (besideDatasetNoun(name, evidence.abstract) || measuredOn(name, evidence.abstract) || establishedAs(name, evidence.abstract)) return 'dataset';
	if (titledAsDataset(name, evidence.title)) return 'dataset';
	if (inListWithDataset(name, evidence)) return 'dataset';
	return releasedAsModel(name, evidence.abstract) || inListOfModels(name, evidence) ? 'model' : guess;
}

/** Whether the text calls a name with a count suffix a dataset, so the count is of its items: "a style dataset Foo-1.4M", "Foo-3M, a dataset of 3 million samples". */
function countsItems(name: string, abstract: string): boolean {
	return apposedKind(name, abstract) === 'dataset' || besideDatasetNoun(name, abstract);
}

/** "(ArtifactUNet, 3.6M parameters)", "FooNet (12M parameters)": a name given its count of parameters is a trained network. */
const PARAMETERS_AFTER = /^(?:,\s*|\s*\()(?:~|about\s+|only\s+)?\d+(?:\.\d+)?\s?[KMB]\s+(?:trainable\s+)?parameters\b/;

/** Whether `abstract` gives `name` a count of parameters right after it. */
function countedInParameters(name: string, abstract: string): boolean {
	if (!abstract.includes('parameters')) return false;
	return (nameStarts(name, abstract) ?? []).some((start) => PARAMETERS_AFTER.test(abstract.slice(start + name.length, start + name.length + 40)));
}

/** "using 49x fewer parameters than CLAM and 4.8x fewer than SpecTTTra": the clause after "parameters than". */
const PARAMETERS_THAN = /\bparameters\s+than\s+(?:[^.;]|\.(?=\d))*/g;

/** Whether `abstract` compares `name` by its parameters: what has parameters is a trained network. */
function comparedInParameters(name: string, abstract: string): boolean {
	if (!abstract.includes('parameters than')) return false;
	const escaped = escapeRegExp(name);
	return allMatches(abstract, PARAMETERS_THAN).some((m) => new RegExp(String.raw`\bthan\s+(?:the\s+)?${escaped}(?![\w-])`).test(m[0]));
}

/** Whether a dataset noun stands right after `name` in `abstract`, or before it, across a short list. */
function besideDatasetNoun(name: string, abstract: string): boolean {
	const starts = nameStarts(name, abstract);
	if (!starts) return namePattern(name, (n) => String.raw`(?<![\w-])${n}(?![\w-])${AFTER_NAME}|\b${DATASET_NOUN}\s+(?:\(|(?:(?:such as|like|including|named|called)\s+)?${LIST_BEFORE})${n}(?![\w-])`).test(abstract);
	return starts.some((start) => {
		const end = start + name.length;
		if (!holdsAt(WORD_BEFORE, abstract, start) && holdsAt(NOUN_AFTER, abstract, end)) return true;
		return holdsAt(NOUN_BEFORE, abstract, start) && !holdsAt(WORD_AFTER, abstract, end);
	});
}

/** Whether a result is measured on `name` somewhere in `abstract`: what results are measured on is data. */
function measuredOn(name: string, abstract: string): boolean {
	const starts = nameStarts(name, abstract);
	if (!starts) return namePattern(name, (n) => String.raw`(?:\b${RESULT_WORD}\s+(?:[\w-]+\s+){0,2}?|${RESULT_NUMBER}\s+)on\s+(?:the\s+)?${n}(?![\w-])`).test(abstract);
	// The whole name, not the start of a longer word ("on Ego2Act" in "on Ego2ActEval").
	return starts.some((start) => !/[\w-]/.test(abstract.charAt(start + name.length)) && holdsAt(MEASURED_ON, abstract, start));
}

/** Whether a participle after `name` says it establishes a benchmark or dataset ("X to evaluate …, establishing a benchmark"). */
function establishedAs(name: string, abstract: string): boolean {
	const starts = nameStarts(name, abstract);
	if (!starts) return false;
	return starts.some((start) => !/[\w-]/.test(abstract.charAt(start + name.length)) && holdsAt(ESTABLISHED_AS, abstract, start + name.length));
}

/** Whether the abstract releases `name` as a model ("release Foo-1.7 and Foo-1.7-mini as open-source models"). */
function releasedAsModel(name: string, abstract: string): boolean {
	// Most abstracts release nothing: one plain scan spares them the pattern.
	if (!/\brelease|\bopen-source[sd]?\s/.test(abstract)) return false;
	// "We release Pantagruel models, a new family of …": the name released as models, no "as" needed.
	if (new RegExp(String.raw`\b(?:release[sd]?|releasing)\s+(?:the\s+|our\s+)?${escapeRegExp(name)}\s+(?:models|weights|checkpoints)\b`).test(abstract)) return true;
	return allMatches(abstract, RELEASED_AS_MODELS).some((m) => new RegExp(String.raw`(?<![\w.-])${escapeRegExp(name)}(?![\w-]|\.\d)`).test(m[1]!));
}

/**
 * Whether the title opens with `name`, a colon and a description naming a dataset noun. Not when the
 * description joins a model to the dataset ("RPD-YOLO: A Pavement Defect Dataset and Real-Time
 * Detection Model"): the paper makes both, and the title does not say which the name is.
 */
function titledAsDataset(name: string, title: string): boolean {
	if (DATASET_AND_MODEL.test(title)) return false;
	// The title lower-cased here, so that the abstract stays the text `nameStarts` remembers.
	const starts = nameStarts(name, title, lowerAscii(title));
	if (!starts) return namePattern(name, (n) => String.raw`^${n}:\s.*\b${DATASET_NOUN}\b`).test(title);
	return starts[0] === 0 && holdsAt(TITLE_NOUN, title, name.length);
}

/** A benchmark's tail glued to the name that opens a title, before its colon: "-Bench:", "Bench:", "-Eval:". */
const BENCHMARK_TAIL = /-?(?:Bench|Benchmark|Eval)(?:-?v?\d+(?:\.\d+)?)?:\s/y;

/**
 * Whether the title opens with `name` and a benchmark's tail glued to it ("ViGoR-Bench: …" of "ViGoR"): the
 * abstract writes the benchmark's name short.
 */
function titledWithBenchmarkTail(name: string, title: string): boolean {
	if (!title.startsWith(name)) return false;
	return holdsAt(BENCHMARK_TAIL, title, name.length);
}

/** Whether the sticky `pattern` matches `text` at `index`. */
function holdsAt(pattern: RegExp, text: string, index: number): boolean {
	pattern.lastIndex = index;
	return pattern.test(text);
}

/** A case-insensitive pattern around the escaped name, for names `nameStarts` cannot search. */
function namePattern(name: string, source: (escaped: string) => string): RegExp {
	return new RegExp(source(escapeRegExp(name)), 'i');
}

/**
 * Whether `name` stands in a comma / "and" list whose other known names the lexicons all type
 * as models ("Mistral, Llama3, DeepSeekMath, and Qwen2-Math"); a list that mixes in a known
 * method compares unlike things and says nothing.
 */
function inListOfModels(name: string, { abstract, knownType }: TypeEvidence): boolean {
	if (!knownType) return false;
	for (const items of listsOf(abstract)) {
		if (!items.includes(name)) continue;
		const known = items.filter((other) => other !== name).map(knownType).filter((type) => type !== undefined);
		if (known.length > 0 && known.every((type) => type === 'model')) return true;
	}
	return false;
}

/** Whether `name` stands in a comma / "and" list beside a dataset the lexicons know. */
function inListWithDataset(name: string, { abstract, isKnownDataset }: TypeEvidence): boolean {
	for (const items of listsOf(abstract)) {
		if (!items.includes(name)) continue;
		if (items.some((other) => other !== name && isKnownDataset(other))) return true;
	}
	return false;
}
