/**
 * The kind an apposition states for a name: "We propose AgentEval, a reasoning-driven multi-agent
 * evaluation framework", "Rex-Omni, a 3B-scale MLLM", "Foo-U, a lightweight 4B-parameter UMM", "we introduce HLVid: the first … video QA
 * benchmark", "a custom training dataset, ToxicCommons,
 * which …", "a custom classifier, Celadon, that …", and past a definition's bracket, "Bar of Baz (BoB), a
 * prompting technique", for the long form and the short form alike. Authors say in so many words what they made
 * or used; that statement outweighs what the name's shape suggests ("…Eval" reads as a
 * benchmark). The first kind noun of the apposition decides ("a benchmark framework" is a
 * benchmark), and a framework "for evaluating" something is a benchmark too.
 */
import type { EntityType } from '../lexicons.ts';
import { nameStarts } from './name-occurrences.ts';

// A knowledge base is data gathered and curated ("FooKB, a curated R Package Knowledge Base").
const DATASET_KIND = String.raw`benchmarks?|datasets?|corpus|corpora|testbeds?|test\s+sets?|data\s+sets?|[Kk]nowledge\s+[Bb]ases?`;
// A trained network is named by its kind: a classifier, a (multimodal / vision) LLM, a model
// ("Band-SCNet, a lightweight real-time model"), or a neural audio tokenizer, codec or vocoder
// ("Foo Codec, a speech tokenizer trained from scratch").
// A count of parameters is said of a trained network alone ("InternFoo, a lightweight 4B-parameter UMM").
const MODEL_KIND = String.raw`classifiers?|(?:M|V)?LLMs?|VLMs?|models?|tokenizers?|codecs?|vocoders?|\d+(?:\.\d+)?[BM]-parameters?`;
// A paradigm, strategy or scheme is a way of doing ("a new paradigm for efficient language models"
// is a method, though "models" ends the phrase). A system is built, not trained: "a multi-agent system that
// trains LLMs" is a method, whatever it trains.
const METHOD_KIND = String.raw`framework|method|approach|pipeline|algorithm|technique|toolkit|library|metric|paradigm|strategy|scheme|mechanism|systems?`;
// A kind noun that opens a compound adjective ("a plug-in, model-agnostic framework", "a
// dataset-driven approach") describes the next noun, which states the kind.
const KIND = String.raw`(?:(${DATASET_KIND})|(${MODEL_KIND})|(${METHOD_KIND}))(?![\w-])`;
// After the name: ", a/an/the … KIND" within a few words, the first kind noun deciding; a colon
// states it as a comma does ("HLVid: the first high-resolution, long-form video QA benchmark"), and
// adjectives may be listed with commas. A space before the comma is a typesetting slip ("We
// introduce Tally , a …").
// A kind noun abbreviated and followed by more of the compound modifies the later noun: "AccelOpt, a
// self-improving large language model (LLM) agentic system" is a system.
const KIND_WORDS = String.raw`(?:${DATASET_KIND}|${MODEL_KIND}|${METHOD_KIND})`;
const MODIFYING = String.raw`(?!\s+\([A-Z][\w-]*\)\s+(?:[\w-]+\s+){0,2}?${KIND_WORDS}(?![\w-]))`;
const AFTER = new RegExp(String.raw`\s?[,:]\s+(?:an?|the)\s+(?:(?:[\w-]+|\([A-Z][\w-]*\)),?\s+){0,6}?${KIND}${MODIFYING}`, 'y');
// Before the name: "a/an … KIND, " right before it, the name then closed by a comma or a bracket.
// "our resulting model, Metis, …" states the kind as "a custom classifier, Celadon," does, and so
// does "the resulting model, Metis" (a bare "the" may close a phrase: "On the benchmark, Foo …").
const BEFORE = new RegExp(String.raw`\b(?:an?|our|the(?=\s+(?:resulting|final|trained|obtained)\s))\s+(?:[\w-]+\s+){0,3}?${KIND},\s+$`, 'i');
// The name as a sentence's subject, stating its kind with "is": "Foo-2 is a new multilingual speech
// model". The phrase stops at a preposition or a relative word, so "Foo is a drop-in replacement for
// LLMs" names no kind.
const COPULA = new RegExp(String.raw`\s+is\s+(?:an?|the)\s+(?:(?!(?:for|of|to|that|which|with|in|on|from|by)\s)[\w-]+,?\s+){0,6}?${KIND}`, 'y');
const CLOSED = /^\s*[,(]/;
// The kind, then a verb of naming right before the name: "a novel lightweight network model named
// Real-time Pavement Detection of You Only Look Once (RPD-YOLO)", "a framework called Foo".
const NAMED = new RegExp(String.raw`\b(?:an?|our|the)\s+(?:[\w-]+\s+){0,3}?${KIND}\s+(?:named|called|termed|dubbed)\s+$`, 'i');

const typeOf = (m: RegExpExecArray): EntityType => (m[1] ? 'dataset' : m[2] ? 'model' : 'method');

// "GameplayQA, a framework for evaluating agentic perception": a framework whose purpose is to evaluate is a
// benchmark, what other work is measured on.
const TO_EVALUATE = /^\s+(?:for\s+(?:evaluating|benchmarking|assessing)|to\s+(?:evaluate|benchmark|assess))\b/;
/** The type an apposition after the name states, a framework for evaluating a benchmark. */
const typeAfter = (m: RegExpExecArray, abstract: string): EntityType =>
	m[3] === 'framework' && TO_EVALUATE.test(abstract.slice(m.index + m[0].length, m.index + m[0].length + 24)) ? 'dataset' : typeOf(m);

// A definition's bracket between the name and its apposition: "Structure of Thought (SoT), a prompting
// technique" states the kind of the long form before the bracket and of the short form inside it alike.
const BRACKET_AFTER = /^\s?\([A-Za-z][\w.+-]*(?:\s[A-Za-z][\w.+-]*)?\)/;

/** Where an apposition of the name ending at `end` opens: past the bracket of its definition, if one closes it. */
function appositionStart(abstract: string, start: number, end: number): number {
	if (abstract[start - 1] === '(' && abstract[end] === ')') return end + 1;
	const bracket = BRACKET_AFTER.exec(abstract.slice(end, end + 40));
	return bracket ? end + bracket[0].length : end;
}

/**
 * The type an apposition opening at `end` states ("…, a data-free … method"), if one does: what a
 * definition "Deep Neural Lesion (DNL)" ending there is called.
 */
export function kindStatedAt(abstract: string, end: number): EntityType | undefined {
	AFTER.lastIndex = end;
	const after = AFTER.exec(abstract);
	return after ? typeAfter(after, abstract) : undefined;
}

/**
 * The type an apposition beside `name` states, if one does.
 *
 * @example apposedKind('Celadon', 'We train a custom classifier, Celadon, that detects …') // 'model'
 */
export function apposedKind(name: string, abstract: string): EntityType | undefined {
	for (const start of nameStarts(name, abstract) ?? []) {
		const end = start + name.length;
		if (/[\w-]/.test(abstract[start - 1] ?? '') || /[\w-]/.test(abstract[end] ?? '')) continue;
		AFTER.lastIndex = appositionStart(abstract, start, end);
		const after = AFTER.exec(abstract);
		if (after) return typeAfter(after, abstract);
		COPULA.lastIndex = end;
		const stated = COPULA.exec(abstract);
		if (stated) return typeOf(stated);
		const before = CLOSED.test(abstract.slice(end, end + 3)) ? BEFORE.exec(abstract.slice(Math.max(0, start - 80), start)) : null;
		if (before) return typeOf(before);
		const named = NAMED.exec(abstract.slice(Math.max(0, start - 80), start));
		if (named) return typeOf(named);
	}
	return undefined;
}
