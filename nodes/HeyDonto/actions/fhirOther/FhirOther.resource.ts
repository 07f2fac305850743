import { fhirResource } from '../fhir/resource';

/**
 * "FHIR Other Resource": any FHIR R4 type by its name (Resource Type), on the documented path pattern
 * /site/{siteId}/fhir/{type in lower case}. Written as JSON; searched with Last Updated, IDs, a _sort
 * text and any parameter as name/value pairs.
 */
export const fhirOther = fhirResource({
	value: 'fhirOther',
	one: 'FHIR resource',
	plural: 'FHIR resources of a type',
	filters: [],
	sortKeys: [],
	primary: [],
	optional: [],
});
