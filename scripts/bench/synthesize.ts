/**
 * Synthetic reading lists for the benchmark: N distinct papers recombined from the real
 * seed abstracts, so the pipeline sees realistic text (acronyms, numbers, method names,
 * links) at any scale. Pure and deterministic: the same seed papers, count and random seed
 * always give the same papers, and the first N papers of a longer list equal a shorter list.
 */
import { mulberry32 } from '../../src/shared/random.ts';
import { escapeRegExp } from '../../src/shared/regexp.ts';

/** The two fields the synthesiser takes from each seed paper. */
export interface SeedPaper {
	title: string;
	abstract: string;
}

/** One synthetic paper, with the card fields a Hugging Face Papers page shows. */
export interface SyntheticPaper {
	title: string;
	abstract: string;
	authorCount: number;
	/** ISO `YYYY-MM-DD`. */
	published: string;
	/** Comment count shown on the card's date line, or null for none. */
	comments: number | null;
}

/** Splits an abstract into sentences at `. ` / `? ` / `! ` before a capital, digit or quote. */
export function splitSentences(abstract: string): string[] {
	return abstract
		.split(/(?<=[.!?])\s+(?=["'(\p{Lu}\d])/u)
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}

const URL = /https?:\/\/\S+?(?=[.,;:)]?(?:\s|$))/g;
const SYLLABLES = ['Re', 'Pro', 'Meta', 'Q', 'Sym', 'Ada', 'Tra', 'Vi', 'Lo', 'Ka', 'Neo', 'Dyn', 'Ex', 'Po', 'Mi', 'Ze', 'Gra', 'Flu', 'Or', 'Tem'];
const SUFFIXES = ['RL', 'Net', 'PO', 'Former', 'Mix', 'Bench', 'Agent', 'Plan', 'GPT', 'Zero'];
const ORGS = ['lab', 'ai', 'group', 'research', 'ml', 'robotics'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2018, 0, 1);
const LAST_DAY = Date.UTC(2025, 10, 20);

/** Method name a seed title introduces (`RLPrompt: …` → `RLPrompt`), if it has one. */
function titlePrefix(title: string): string | null {
	const match = /^([\p{L}\p{N}-]{2,20}):\s/u.exec(title);
	return match ? match[1] : null;
}

/** A title's topic phrase: the part after the method name, or the whole title. */
function titlePhrase(title: string): string {
	return titlePrefix(title) ? title.slice(title.indexOf(':') + 1).trim() : title;
}


/**
 * `count` distinct papers: each takes its opening sentences from one seed, its method
 * sentences from a second and its results from a third, renames the seeds' method to a fresh
 * name that also heads the title, rewrites links to that name, and gets a date, an author
 * count and sometimes comments and a code or project link.
 */
export function synthesizePapers(seeds: SeedPaper[], count: number, randomSeed = 1): SyntheticPaper[] {
	if (!seeds.length) throw new Error('synthesizePapers: no seed papers');
	const random = mulberry32(randomSeed);
	const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
	const split = seeds.map((seed) => ({ seed, prefix: titlePrefix(seed.title), sentences: splitSentences(seed.abstract) }));
	const usedNames = new Set<string>();
	const papers: SyntheticPaper[] = [];

	const freshName = () => {
		for (let length = 2; ; length++) {
			for (let attempt = 0; attempt < 20; attempt++) {
				let name = '';
				for (let i = 0; i < length; i++) name += pick(SYLLABLES);
				if (random() < 0.6) name += `-${pick(SUFFIXES)}`;
				if (!usedNames.has(name.toLowerCase())) {
					usedNames.add(name.toLowerCase());
					return name;
				}
			}
		}
	};

	while (papers.length < count) {
		const name = freshName();
		const [a, b, c] = [pick(split), pick(split), pick(split)];
		const third = (sentences: string[]) => Math.max(1, Math.round(sentences.length / 3));
		const parts = [
			...a.sentences.slice(0, third(a.sentences)),
			...b.sentences.slice(third(b.sentences), 2 * third(b.sentences)),
			...c.sentences.slice(2 * third(c.sentences)),
		];
		const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
		let abstract = parts
			.map((sentence) => {
				let text = sentence;
				for (const { prefix } of [a, b, c]) {
					if (prefix) text = text.replace(new RegExp(`\\b${escapeRegExp(prefix)}\\b`, 'g'), name);
				}
				return text.replace(URL, () => `https://github.com/${pick(ORGS)}-${slug}/${slug}`);
			})
			.join(' ');
		const link = random();
		if (link < 0.25) abstract += ` Code is available at https://github.com/${pick(ORGS)}-${slug}/${slug}.`;
		else if (link < 0.35) abstract += ` Project page: https://${slug}.github.io/.`;
		// The parser reads a card's abstract as one long line; pad short recombinations.
		if (abstract.length < 200) abstract += ` ${pick(split).sentences.join(' ')}`;

		const day = FIRST_DAY + Math.floor(random() * ((LAST_DAY - FIRST_DAY) / DAY_MS)) * DAY_MS;
		papers.push({
			title: `${name}: ${titlePhrase(pick(split).seed.title)}`,
			abstract,
			authorCount: 1 + Math.floor(random() * 14),
			published: new Date(day).toISOString().slice(0, 10),
			comments: random() < 0.2 ? 1 + Math.floor(random() * 9) : null,
		});
	}
	return papers;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-10-22` → `Oct 22, 2024`, as the cards print dates. */
function cardDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** The papers as the text of a Hugging Face Papers page, the format of the bundled seed. */
export function renderHfPapersPage(papers: SyntheticPaper[]): string {
	const header = ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'Daily Papers', 'byAK and the research community'];
	const cards = papers.map((paper) => {
		const date = cardDate(paper.published) + (paper.comments === null ? '' : ` ${paper.comments}`);
		return `${paper.title}\n\n${paper.abstract}\n\n  • ${paper.authorCount} authors\n·\n${date}`;
	});
	return `${[...header, ...cards].join('\n\n')}\n`;
}
