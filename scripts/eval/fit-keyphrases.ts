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
 *   node scripts/eval/fit-keyphrases.ts [--noise 0.13] [--l2 0.01]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { annotateText } from '../annotate/annotate-text.ts';
import { FEATURES, keyphraseFeatures, type CandidateFeatures, type FeatureName, type KeyphraseCandidates } from '../annotate/collection/keyphrase-features.ts';
import { rankKeyphrases, type KeyphraseModel } from '../annotate/collection/select-keyphrases.ts';
import { parseLexicons } from '../annotate/lexicons.ts';
import { mergePapers, parseListing } from '../ingest/index.ts';
import { keyOf } from './evaluate.ts';
import { parseGold, type GoldPaper } from './gold.ts';
import { keywordWords, recallsKeyword, scoreKeywords } from './score-keywords.ts';

const root = process.cwd();
const display = (file: string) => relative(root, file) || file;
const filesIn = (dir: string, pattern: RegExp) =>
	readdirSync(dir)
		.filter((name) => pattern.test(name))
		.sort()
		.map((name) => join(dir, name));

/** The evaluation listings as keyphrase selection reads them, each with its gold paper if it has one. */
function loadCollection() {
	const raws = filesIn(resolve(root, 'scripts/eval/listings'), /\.(?:json|bib|xml|atom|txt)$/).flatMap((file) => parseListing(readFileSync(file, 'utf8'), display(file)).papers);
	const lexicons = parseLexicons(filesIn(resolve(root, 'content/lexicons'), /\.ya?ml$/).map((file) => ({ file: display(file), text: readFileSync(file, 'utf8') })));
	const gold = filesIn(resolve(root, 'scripts/eval/gold'), /\.gold\.json$/).flatMap((file) => parseGold(readFileSync(file, 'utf8'), display(file)).papers);
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
			return !label && known.has(words.join('')) ? [] : [{ x: c.values, y: Number(label) }];
		});
	});
}

/** L2-regularised logistic regression by full-batch gradient descent: deterministic. */
function fitLogistic(rows: readonly { x: readonly number[]; y: number }[], l2: number): { bias: number; weights: number[] } {
	const d = FEATURES.length;
	let bias = 0;
	const weights = new Array<number>(d).fill(0);
	const rate = 0.5;
	for (let step = 0; step < 4000; step++) {
		let gBias = 0;
		const g = new Array<number>(d).fill(0);
		for (const { x, y } of rows) {
			let z = bias;
			for (let k = 0; k < d; k++) z += weights[k]! * x[k]!;
			const err = 1 / (1 + Math.exp(-z)) - y;
			gBias += err;
			for (let k = 0; k < d; k++) g[k]! += err * x[k]!;
		}
		bias -= (rate * gBias) / rows.length;
		for (let k = 0; k < d; k++) weights[k]! -= rate * (g[k]! / rows.length + l2 * weights[k]!);
	}
	return { bias, weights };
}

const asModel = (fit: { bias: number; weights: number[] }, threshold: number): KeyphraseModel => ({
	bias: fit.bias,
	weights: Object.fromEntries(FEATURES.map((name, k) => [name, fit.weights[k]!])) as Record<FeatureName, number>,
	threshold,
});

/** Recall and noise of the shown keyphrases of the given gold papers under `model`. */
function scoreWith(model: KeyphraseModel | undefined, papers: readonly KeyphraseCandidates[], indices: readonly number[], goldOf: (i: number) => GoldPaper) {
	const shown = rankKeyphrases(papers, model ? { model } : {}).map((s) => s.shown.map((k) => k.text));
	let reference = 0;
	let recalled = 0;
	let predicted = 0;
	let noise = 0;
	for (const i of indices) {
		const score = scoreKeywords(shown[i]!, goldOf(i).keywords, knownNamesOf(goldOf(i)));
		reference += score.reference;
		recalled += score.recalled;
		predicted += score.predicted;
		noise += score.noise;
	}
	return { recall: recalled / reference, noise: noise / predicted, perPaper: predicted / indices.length };
}

/** The lowest threshold (in steps of 0.01) at which the papers' noise stays within `target`. */
function chooseThreshold(fit: { bias: number; weights: number[] }, papers: readonly KeyphraseCandidates[], indices: readonly number[], goldOf: (i: number) => GoldPaper, target: number) {
	for (let t = 0.05; t < 0.95; t += 0.01) {
		const threshold = Math.round(t * 100) / 100;
		if (scoreWith(asModel(fit, threshold), papers, indices, goldOf).noise <= target) return threshold;
	}
	return 0.95;
}

const figures = (s: { recall: number; noise: number; perPaper: number }) => `recall ${s.recall.toFixed(2)}, noise ${s.noise.toFixed(2)}, ${s.perPaper.toFixed(1)} a paper`;

function main(argv: string[]) {
	const { values } = parseArgs({ args: argv, options: { noise: { type: 'string', default: '0.13' }, l2: { type: 'string', default: '0.01' } } });
	const target = Number(values.noise);
	const l2 = Number(values.l2);
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
	for (const [train, test] of [['odd', 'even'], ['even', 'odd']] as const) {
		const fit = fitLogistic(rowsOf(features, half[train], goldOf), l2);
		const threshold = chooseThreshold(fit, papers, half[train], goldOf, target);
		const model = asModel(fit, threshold);
		console.log(`fit on ${train} (threshold ${threshold}): ${train} ${figures(scoreWith(model, papers, half[train], goldOf))}; held-out ${test} ${figures(scoreWith(model, papers, half[test], goldOf))}`);
		console.log(`  shipped model on ${test}: ${figures(scoreWith(undefined, papers, half[test], goldOf))}`);
	}
	const all = [...half.odd, ...half.even];
	const fit = fitLogistic(rowsOf(features, all, goldOf), l2);
	const threshold = chooseThreshold(fit, papers, all, goldOf, target);
	const model = asModel(fit, threshold);
	console.log(`fit on all (threshold ${threshold}): ${figures(scoreWith(model, papers, all, goldOf))}; shipped model: ${figures(scoreWith(undefined, papers, all, goldOf))}`);
	const round = (v: number) => Math.round(v * 1000) / 1000;
	console.log(`\nbias: ${round(model.bias)},\nweights: { ${FEATURES.map((name) => `${name}: ${round(model.weights[name])}`).join(', ')} },\nthreshold: ${threshold},`);
}

main(process.argv.slice(2));
