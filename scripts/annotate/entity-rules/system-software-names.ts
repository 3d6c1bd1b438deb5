/**
 * Systems software named by its kind, as systems, security and data-management papers name the
 * platforms they build on: "guests running under the Bhyve hypervisor", "a mechanism for Stratus
 * cloud storage", "using the GCC compiler framework and the TRACER provenance infrastructure", "an
 * implementation on top of SystemTap". The name is one word before the noun of a kind of systems
 * software, at most one lower-case word between ("compiler", "provenance"); or a coined word after
 * "on top of", "built on" or "runs on", which say a system rests on another.
 *
 * A noun that only software is ("hypervisor", "compiler", "kernel", "file system", "cloud storage")
 * makes a plain capitalised word a name ("Bhyve", "Stratus"); a noun that other work shares
 * ("framework", "infrastructure", "runtime") needs a word shaped as a name, capitals or a coined
 * spelling ("GCC", "TRACER"), since "the Bayesian framework" is a style. Not a sentence's first word,
 * an adjective of a people or a school, a programming language, an acronym the abstract defines over
 * a common term, nor a name the lexicons or the generic list hold, nor a benchmark's name ("the
 * NKIBench kernels" are the tasks of a suite). A tool the paper uses: a method.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { isProgrammingLanguage } from './name-shapes.ts';
import { hasDatasetSuffix } from './type-evidence.ts';
import { allMatches } from '../all-matches.ts';

/** Nouns only software is: any capitalised name before them names a system. */
const SOFTWARE_ONLY = String.raw`hypervisors?|compilers?|kernels?|file\s?systems?|filesystems?|operating\s+systems?|cloud\s+storage|virtual\s+machines?|middleware`;
/** Nouns software shares with other work: only a name-shaped word before them names a system. */
const SHARED = String.raw`frameworks?|infrastructures?|runtimes?|platforms?`;
/** A word of a name: capitals, a coined spelling, or a plain capitalised word. */
const WORD = String.raw`[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*`;
const BEFORE_KIND = new RegExp(String.raw`(?<![\w-]|[A-Z][\w-]*\s)(${WORD})\s+(?:([a-z][a-z-]*)\s+)?(?:(${SOFTWARE_ONLY})|(${SHARED}))\b`, 'g');
// A coined name may open in lower case after these ("on top of eBPF").
const RESTS_ON = new RegExp(String.raw`\b(?:on\s+top\s+of|built\s+(?:on|upon)|runs?\s+on|running\s+on)\s+(?:the\s+)?([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![\w-])`, 'g');
/** Capitals or a coined spelling: "GCC", "TRACER", "SystemTap". */
const NAME_SHAPED = (word: string) => /^[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*$/.test(word) || isCoinedName(word);
/** An adjective of a people, a language or a school of thought: "Bayesian", "English", "Gaussian". */
const ADJECTIVE = /(?:ian|ean|ish|ese|ic|al)$/;
/** Participles that describe a kind by what it rests on ("X based framework", "X driven platform"). */
const DESCRIBING = /^(?:based|driven|oriented|like|inspired|aware|guided|powered|enabled|specific|centric|compatible)$/;
/** Words a sentence or a list may open with, capitalised by their place. */
const OPENER = /^(?:The|This|These|Our|A|An|Each|Its|Their|We|In|On|For|With|Using|By|From)$/;

/** Systems software named beside a noun of its kind, or after "on top of": methods the paper uses. */
export const systemSoftwareNames: EntityRule = {
	name: 'system software names',
	priority: 1,
	find({ abstract, acronyms, isGeneric, isKnown, inUrl }) {
		// Most abstracts name no systems software: a cheap test before the patterns.
		if (!/hypervisor|compiler|kernel|file\s?system|operating system|storage|virtual machine|middleware|framework|infrastructure|runtime|platform|top of|built (?:on|upon)|runs? on|running on/i.test(abstract)) return [];
		const terms = new Set(acronyms.filter((a) => !/[A-Z]/.test(a.long.slice(1))).map((a) => a.short));
		const found: FoundName[] = [];
		const consider = (name: string, at: number) => {
			// "for NKIBench kernels": the kernels of a benchmark suite, which is no system.
			if (hasDatasetSuffix(name)) return;
			// "LLM-driven kernel optimization": a name joined to such a participle is a compound modifier, not a system.
			if (DESCRIBING.test(name.slice(name.lastIndexOf('-') + 1)) && name.includes('-')) return;
			if (inUrl(at) || OPENER.test(name) || ADJECTIVE.test(name) || isProgrammingLanguage(name) || terms.has(name) || isGeneric(name) || isKnown(name)) return;
			// A capitalised word right after a sentence's end is capitalised by its place.
			if (/(?:^|[.!?:;]\s+)$/.test(abstract.slice(Math.max(0, at - 3), at)) && !NAME_SHAPED(name)) return;
			if (!found.some((f) => f.name === name)) found.push({ type: 'method', name, role: 'used', forms: [], statedType: true });
		};
		for (const m of allMatches(abstract, BEFORE_KIND)) {
			const [, name, between, only, shared] = m as unknown as [string, string, string | undefined, string | undefined, string | undefined];
			// "the HMM-attention based framework": a participle between describes the kind by what it rests on.
			if (between && DESCRIBING.test(between)) continue;
			if (only || (shared && NAME_SHAPED(name))) consider(name, m.index);
		}
		for (const m of allMatches(abstract, RESTS_ON)) if (NAME_SHAPED(m[1]!)) consider(m[1]!, m.index + m[0].length - m[1]!.length);
		return found;
	},
};
