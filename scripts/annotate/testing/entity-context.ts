/**
 * The context an entity rule reads, built from an abstract the way `extractEntities` builds it:
 * its sentences and acronyms, no lexicons, no URLs. Test support only: imported by `*.test.ts`,
 * never by a rule, so a rule can be run alone on a fixture.
 */
import type { EntityContext } from '../entity-rules/entity-rule.ts';
import { splitSentences } from '../sentences.ts';
import { extractAcronyms } from '../text/acronyms.ts';

/** Names the test's lexicons would hold: generic terms and known names. */
export interface NameLists {
	generic?: ReadonlySet<string>;
	known?: ReadonlySet<string>;
}

/** An entity rule's context for `abstract` (and `title`), with the given generic and known names. */
export function entityContext(abstract: string, { generic = new Set(), known = new Set() }: NameLists = {}, title = ''): EntityContext {
	return {
		title,
		abstract,
		sentences: splitSentences(abstract),
		acronyms: extractAcronyms(abstract),
		lexicons: undefined as never,
		isGeneric: (name) => generic.has(name),
		isKnown: (name) => known.has(name),
		inUrl: () => false,
		inAcronym: () => false,
	};
}
