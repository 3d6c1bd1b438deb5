/**
 * The rules for names a paper introduces, in the order they run. Rules that look at a
 * contribution verb's object run per verb, then the sentence rules per sentence, then the
 * paper rules; `sentenceSubject` is the fallback for a name the abstract writes, and
 * `titleOnlyName`, for one only the title gives, comes last but for `companionNames`, whose names
 * are no sign that the abstract names the paper's main work.
 */
import { acronymAfterVerb } from './introduced/acronym-after-verb.ts';
import { atKMetrics } from './introduced/at-k-metrics.ts';
import { brandNamedParts } from './introduced/brand-named-parts.ts';
import { apposedOwnVariants } from './introduced/apposed-own-variants.ts';
import { bracketedOwnVariants } from './introduced/bracketed-own-variants.ts';
import { byIntroducing } from './introduced/by-introducing.ts';
import { codeRepository } from './introduced/code-repository.ts';
import { coinedNameBeforeKind } from './introduced/coined-name-before-kind.ts';
import { coinedNamesInObject } from './introduced/coined-names-in-object.ts';
import { titledParts } from './introduced/titled-parts.ts';
import { titleNamedParts } from './introduced/title-named-parts.ts';
import { titledPurposes } from './introduced/titled-purposes.ts';
import { ownPrefixedParts } from './introduced/own-prefixed-parts.ts';
import { partsWithOwnName } from './introduced/parts-with-own-name.ts';
import { stemSharingParts } from './introduced/stem-sharing-parts.ts';
import { ordinalParts } from './introduced/ordinal-parts.ts';
import { ordinalProposals } from './introduced/ordinal-proposals.ts';
import { describedOwnName } from './introduced/described-own-name.ts';
import { developedAssays } from './introduced/developed-assays.ts';
import { developedVariants } from './introduced/developed-variants.ts';
import { enumeratedParts } from './introduced/enumerated-parts.ts';
import { formalizedAs } from './introduced/formalized-as.ts';
import { namedAfterPassive } from './introduced/named-after-passive.ts';
import { namedFinding } from './introduced/named-finding.ts';
import { nameAfterVerb } from './introduced/name-after-verb.ts';
import { newKindCopula } from './introduced/new-kind-copula.ts';
import { newLowerCaseTechniques } from './introduced/new-lower-case-techniques.ts';
import { passiveLowerCaseAlgorithms } from './introduced/passive-lower-case-algorithms.ts';
import type { NameRule } from './introduced/name-rule.ts';
import { novelName } from './introduced/novel-name.ts';
import { orAlias } from './introduced/or-alias.ts';
import { ourDevelopmentOf } from './introduced/our-development-of.ts';
import { ourNamedAcronym } from './introduced/our-named-acronym.ts';
import { ourOwnName } from './introduced/our-own-name.ts';
import { ourApposedName } from './introduced/our-apposed-name.ts';
import { macroNamedTitle } from './introduced/macro-named-title.ts';
import { ownApposition } from './introduced/own-apposition.ts';
import { ownNameParts } from './introduced/own-name-parts.ts';
import { colonListedParts } from './introduced/colon-listed-parts.ts';
import { contributionListItems } from './introduced/contribution-list-items.ts';
import { colonNamedProposal } from './introduced/colon-named-proposal.ts';
import { coreOfOwnWork } from './introduced/core-of-own-work.ts';
import { ownNameIntroduces } from './introduced/own-name-introduces.ts';
import { proposedAcronymModels } from './introduced/proposed-acronym-models.ts';
import { proposedAlternative } from './introduced/proposed-alternative.ts';
import { passiveAcronym } from './introduced/passive-acronym.ts';
import { referredToAs } from './introduced/referred-to-as.ts';
import { releaseMates } from './introduced/release-mates.ts';
import { tierVariants } from './introduced/tier-variants.ts';
import { letteredVariants } from './introduced/lettered-variants.ts';
import { sentenceSubject } from './introduced/sentence-subject.ts';
import { theNameAfterComma } from './introduced/the-name-after-comma.ts';
import { titleAcronymPrefix } from './introduced/title-acronym-prefix.ts';
import { titleOnlyName } from './introduced/title-only-name.ts';
import { companionNames } from './introduced/companion-names.ts';
import { repositoryAbbreviatedTitle } from './introduced/repository-abbreviated-title.ts';
import { titleCaseMates } from './introduced/title-case-mates.ts';
import { longFormConjuncts } from './introduced/long-form-conjuncts.ts';
import { titleCasedObjects } from './introduced/title-cased-objects.ts';
import { titlePrefix } from './introduced/title-prefix.ts';

/** Every introduced-name rule, in running order. */
export const NAME_RULES: readonly NameRule[] = [
	acronymAfterVerb,
	nameAfterVerb,
	atKMetrics,
	coinedNameBeforeKind,
	coinedNamesInObject,
	titledParts,
	titleNamedParts,
	titledPurposes,
	describedOwnName,
	theNameAfterComma,
	orAlias,
	ownApposition,
	ourOwnName,
	ourApposedName,
	ourNamedAcronym,
	ourDevelopmentOf,
	referredToAs,
	formalizedAs,
	novelName,
	newKindCopula,
	titlePrefix,
	titleAcronymPrefix,
	ownNameParts,
	colonListedParts,
	contributionListItems,
	colonNamedProposal,
	coreOfOwnWork,
	ownNameIntroduces,
	ownPrefixedParts,
	partsWithOwnName,
	ordinalParts,
	ordinalProposals,
	passiveAcronym,
	namedAfterPassive,
	namedFinding,
	developedVariants,
	newLowerCaseTechniques,
	titleCasedObjects,
	passiveLowerCaseAlgorithms,
	developedAssays,
	proposedAcronymModels,
	proposedAlternative,
	codeRepository,
	bracketedOwnVariants,
	apposedOwnVariants,
	byIntroducing,
	releaseMates,
	brandNamedParts,
	tierVariants,
	letteredVariants,
	enumeratedParts,
	stemSharingParts,
	titleCaseMates,
	longFormConjuncts,
	sentenceSubject,
	repositoryAbbreviatedTitle,
	titleOnlyName,
	macroNamedTitle,
	companionNames,
];
