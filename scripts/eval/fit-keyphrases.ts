/**
 * `node scripts/eval/fit-keyphrases.ts`: fits the keyphrase scorer of
 * `scripts/annotate/collection/select-keyphrases.ts` (`KEYPHRASE_MODEL`) on the gold set.
 * Every candidate of a gold paper is labelled by whether it recalls one of the paper's
 * reference keyphrases (`score-keywords.ts`); a gold-known name that recalls none is left out
 * of the fit, as the score counts it neither way. The scorer is an L2-regularised logistic
 * regression over the candidate features (`keyphrase-features.ts`); the shown-list threshold is
 * the lowest chance at which the fitted half's keyphrase noise stays within the target.
 * It fits on the odd half of the gold papers and scores the even half, then the other way
 * round (the halves of `npm run eval -- --half`), then fits on all and prints the model to ship.
 *
 *   node scripts/eval/fit-keyphrases.ts [--method pointwise|ranking|search] [--noise 0.15] [--l2 0.01]
 */
import { globSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { annotateText } from '../annotate/annotate-text.ts';
import { FEATURES, keyphraseFeatures, type CandidateFeatures, type FeatureName, type KeyphraseCandidates } from '../annotate/collection/keyphrase-features.ts';
import { KEYPHRASE_MODEL, rankByFeatures, type KeyphraseModel } from '../annotate/collection/select-keyphrases.ts';
import { parseLexicons } from '../annotate/lexicons.ts';
import { mergePapers, parseListing } from '../ingest/index.ts';
import { keyOf } from './evaluate.ts';
import { parseGold, type GoldPaper } from './gold.ts';
import { keywordWords, recallsKeyword, scoreKeywords } from './score-keywords.ts';

/** Name prefix of the held-out listings and gold files, as in `run.ts`. */
const HELD_OUT = 'unseen-';

/** Files matching a glob from the working directory, in name order, paths relative as error messages show them. */
const filesMatching = (pattern: string) => globSync(pattern).sort();

/**
 * The evaluation listings with hand-picked reference keyphrases as keyphrase selection reads
 * them, and their gold papers; as in `npm run eval`, a listing labelled with ai_keywords is left out.
 */
function loadCollection() {
	// The held-out files (`unseen-*`) are never fitted on, as `npm run eval` leaves them out unless asked.
	const goldFiles = filesMatching('scripts/eval/gold/*.gold.json')
		.filter((file) => !basename(file).startsWith(HELD_OUT))
		.map((file) => parseGold(readFileSync(file, 'utf8'), file));
	const aiListings = new Set(goldFiles.filter((g) => g.papers.some((p) => p.keywordSource === 'ai_keywords')).map((g) => g.listing));
	const gold = goldFiles.flatMap((g) => g.papers).filter((g) => g.keywordSource === 'hand-picked');
	const raws = filesMatching('scripts/eval/listings/*.{json,bib,xml,atom,txt}')
		.filter((file) => !aiListings.has(basename(file)) && !basename(file).startsWith(HELD_OUT))
		.flatMap((file) => parseListing(readFileSync(file, 'utf8'), file).papers);
	const lexicons = parseLexicons(filesMatching('content/lexicons/*.{yaml,yml}').map((file) => ({ file, text: readFileSync(file, 'utf8') })));
	const papers = mergePapers(raws).papers.map((raw): KeyphraseCandidates & { key: string } => {
		const text = annotateText(raw, lexicons);
		return { key: keyOf(raw), title: raw.title, abstract: raw.abstract, candidates: text.keyphrases, entities: text.entities };
	});
	return { papers, gold };
}

const knownNamesOf = (g: GoldPaper) => [...g.entities.flatMap((e) => [e.name, ...e.aliases]), ...g.optionalEntities];

/** Candidate rows of the given gold papers: features and label, known names that recall nothing left out. */
function rowsOf(features: readonly CandidateFeatures[][], indices: readonly number[], goldOf: (i: number) => GoldPaper) {
	return indices.flatMap((i) => {
		const gold = goldOf(i);
		const references = gold.keywords.map(keywordWords);
		const known = new Set(knownNamesOf(gold).map((k) => keywordWords(k).join('')));
		return features[i]!.flatMap((c) => {
			const words = keywordWords(c.candidate.text);
			const label = references.some((r) => recallsKeyword(words, r));
			return !label && known.has(words.join('')) ? [] : [{ paper: i, x: c.values, y: Number(label) }];
		});
	});
}

/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least
 * squares): exact and deterministic. The bias is not penalised.
 */
function fitPointwise(rows: readonly { x: readonly number[]; y: number }[], l2: number): { bias: number; weights: number[] } {
	const d = FEATURES.length + 1;
	const beta = new Array<number>(d).fill(0);
	for (let step = 0; step < 50; step++) {
		const gradient = beta.map((b, k) => (k > 0 ? l2 * rows.length * b : 0));
		const hessian = beta.map((_, k) => beta.map((__, l) => (k === l && k > 0 ? l2 * rows.length : 0)));
		for (const { x, y } of rows) {
			const v = [1, ...x];
			let z = 0;
			for (let k = 0; k < d; k++) z += beta[k]! * v[k]!;
			const p = 1 / (1 + Math.exp(-z));
			const w = p * (1 - p);
			for (let k = 0; k < d; k++) {
				gradient[k]! += (p - y) * v[k]!;
				for (let l = 0; l < d; l++) hessian[k]![l]! += w * v[k]! * v[l]!;
			}
		}
		if (newtonStep(beta, hessian, gradient) < 1e-8) break;
	}
	return { bias: beta[0]!, weights: beta.slice(1) };
}

/**
 * A ranking fit (conditional logit, as in learning to rank): within each paper, the chance of
 * each reference-recalling candidate under a softmax over the paper's candidates, maximised by
 * Newton's method with an L2 penalty. Only the order within a paper is fitted: the bias is 0,
 * and the threshold search sets where a page's list ends.
 */
function fitRanking(rows: readonly { paper: number; x: readonly number[]; y: number }[], l2: number): { bias: number; weights: number[] } {
	const d = FEATURES.length;
	const byPaper = [...Map.groupBy(rows, (r) => r.paper).values()].filter((list) => list.some((r) => r.y > 0));
	const w = new Array<number>(d).fill(0);
	for (let step = 0; step < 50; step++) {
		const gradient = w.map((v) => l2 * rows.length * v);
		const hessian = w.map((_, k) => w.map((__, l) => (k === l ? l2 * rows.length : 0)));
		for (const list of byPaper) {
			const z = list.map((r) => r.x.reduce((sum, v, k) => sum + v * w[k]!, 0));
			const top = Math.max(...z);
			const e = z.map((v) => Math.exp(v - top));
			const total = e.reduce((a, b) => a + b, 0);
			const p = e.map((v) => v / total);
			const mean = w.map((_, k) => list.reduce((sum, r, i) => sum + p[i]! * r.x[k]!, 0));
			const positives = list.filter((r) => r.y > 0);
			for (const r of positives) for (let k = 0; k < d; k++) gradient[k]! += mean[k]! - r.x[k]!;
			for (let k = 0; k < d; k++)
				for (let l = 0; l < d; l++) {
					const second = list.reduce((sum, r, i) => sum + p[i]! * r.x[k]! * r.x[l]!, 0);
					hessian[k]![l]! += positives.length * (second - mean[k]! * mean[l]!);
				}
		}
		if (newtonStep(w, hessian, gradient) < 1e-8) break;
	}
	return { bias: 0, weights: w };
}

/** Moves `x` by one Newton step (x −= H⁻¹ g) in place; returns the largest change. */
function newtonStep(x: number[], hessian: number[][], gradient: number[]): number {
	const delta = solve(hessian, gradient);
	x.forEach((v, k) => (x[k] = v - delta[k]!));
	return Math.max(...delta.map(Math.abs));
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
	const n = b.length;
	const m = a.map((row, i) => [...row, b[i]!]);
	for (let c = 0; c < n; c++) {
		let pivot = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
		[m[c], m[pivot]] = [m[pivot]!, m[c]!];
		for (let r = c + 1; r < n; r++) {
			const f = m[r]![c]! / m[c]![c]!;
			for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
		}
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		let sum = m[r]![n]!;
		for (let k = r + 1; k < n; k++) sum -= m[r]![k]! * x[k]!;
		x[r] = sum / m[r]![r]!;
	}
	return x;
}

const asModel = (fit: { bias: number; weights: number[] }, threshold: number): KeyphraseModel => ({
	bias: fit.bias,
	weights: Object.fromEntries(FEATURES.map((name, k) => [name, fit.weights[k]!])) as Record<FeatureName, number>,
	threshold,
});

/** Recall and noise of the shown keyphrases of the given gold papers under `model`. */
function scoreWith(model: KeyphraseModel, features: readonly CandidateFeatures[][], indices: readonly number[], goldOf: (i: number) => GoldPaper) {
	const shown = rankByFeatures(indices.map((i) => features[i]!), { model }).map((s) => s.shown.map((k) => k.text));
	let reference = 0;
	let recalled = 0;
	let predicted = 0;
	let noise = 0;
	indices.forEach((i, at) => {
		const score = scoreKeywords(shown[at]!, goldOf(i).keywords, knownNamesOf(goldOf(i)));
		reference += score.reference;
		recalled += score.recalled;
		predicted += score.predicted;
		noise += score.noise;
	});
	return { recall: recalled / reference, noise: noise / predicted, perPaper: predicted / indices.length };
}

/** The lowest threshold (log-odds in steps of 0.1) at which the papers' noise stays within `target`. */
function chooseThreshold(model: Omit<KeyphraseModel, 'threshold'>, features: readonly CandidateFeatures[][], indices: readonly number[], goldOf: (i: number) => GoldPaper, target: number) {
	for (let cut = -6; cut <= 6; cut += 0.1) {
		const threshold = 1 / (1 + Math.exp(-cut));
		if (scoreWith({ ...model, threshold }, features, indices, goldOf).noise <= target) return threshold;
	}
	return 1 / (1 + Math.exp(-6));
}

/**
 * A direct search of the evaluation's own measure: from the shipped model, one weight at a time
 * moved by a step from a small grid, kept when the papers' recall at the noise target rises;
 * rounds until no move helps. Slow but honest to the score; prone to fit the half it sees.
 */
function searchWeights(features: readonly CandidateFeatures[][], indices: readonly number[], goldOf: (i: number) => GoldPaper, target: number): KeyphraseModel {
	const value = (m: Omit<KeyphraseModel, 'threshold'>) => {
		const threshold = chooseThreshold(m, features, indices, goldOf, target);
		return { threshold, recall: scoreWith({ ...m, threshold }, features, indices, goldOf).recall };
	};
	let model = { bias: KEYPHRASE_MODEL.bias, weights: { ...KEYPHRASE_MODEL.weights } };
	let best = value(model);
	for (let round = 0; round < 3; round++) {
		let moved = false;
		for (const name of FEATURES) {
			for (const step of [-1, -0.5, 0.5, 1]) {
				const trial = { bias: model.bias, weights: { ...model.weights, [name]: model.weights[name] + step } };
				const got = value(trial);
				if (got.recall > best.recall + 1e-9) {
					model = trial;
					best = got;
					moved = true;
				}
			}
		}
		if (!moved) break;
	}
	return { ...model, threshold: best.threshold };
}

const figures = (s: { recall: number; noise: number; perPaper: number }) => `recall ${s.recall.toFixed(2)}, noise ${s.noise.toFixed(2)}, ${s.perPaper.toFixed(1)} a paper`;

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Fits a model on the gold papers at `indices` by the chosen method. */
function fitModel(method: string, features: readonly CandidateFeatures[][], indices: readonly number[], goldOf: (i: number) => GoldPaper, target: number, l2: number): KeyphraseModel {
	if (method === 'search') return searchWeights(features, indices, goldOf, target);
	const fit = (method === 'ranking' ? fitRanking : fitPointwise)(rowsOf(features, indices, goldOf), l2);
	const model = asModel(fit, 0.5);
	return { ...model, threshold: chooseThreshold(model, features, indices, goldOf, target) };
}

function main(argv: string[]) {
	const { values } = parseArgs({
		args: argv,
		options: { noise: { type: 'string', default: '0.15' }, l2: { type: 'string', default: '0.01' }, method: { type: 'string', default: 'pointwise' } },
	});
	const target = Number(values.noise);
	const l2 = Number(values.l2);
	const method = values.method!;
	if (!['pointwise', 'ranking', 'search'].includes(method)) throw new Error(`--method takes pointwise, ranking or search, not ${JSON.stringify(method)}`);
	const { papers, gold } = loadCollection();
	const features = keyphraseFeatures(papers);
	const paperIndex = new Map(papers.map((p, i) => [p.key, i]));
	// Halves as `npm run eval -- --half`: positions through all gold files in order.
	const goldByPaper = new Map<number, GoldPaper>();
	const half = { odd: [] as number[], even: [] as number[] };
	gold.forEach((g, position) => {
		const i = paperIndex.get(g.key);
		if (i === undefined) return;
		goldByPaper.set(i, g);
		(position % 2 === 1 ? half.odd : half.even).push(i);
	});
	const goldOf = (i: number) => goldByPaper.get(i)!;
	const describe = (model: KeyphraseModel, indices: number[]) => figures(scoreWith(model, features, indices, goldOf));
	for (const [train, test] of [['odd', 'even'], ['even', 'odd']] as const) {
		const model = fitModel(method, features, half[train], goldOf, target, l2);
		console.log(`fit on ${train} (threshold ${round(model.threshold)}): ${train} ${describe(model, half[train])}; held-out ${test} ${describe(model, half[test])}`);
		console.log(`  shipped model: ${train} ${describe(KEYPHRASE_MODEL, half[train])}; ${test} ${describe(KEYPHRASE_MODEL, half[test])}`);
	}
	const all = [...half.odd, ...half.even];
	const model = fitModel(method, features, all, goldOf, target, l2);
	console.log(`fit on all (threshold ${round(model.threshold)}): ${describe(model, all)}; shipped model: ${describe(KEYPHRASE_MODEL, all)}`);
	console.log(`\nbias: ${round(model.bias)},\nweights: { ${FEATURES.map((name) => `${name}: ${round(model.weights[name])}`).join(', ')} },\nthreshold: ${round(model.threshold)},`);
}

main(process.argv.slice(2));
