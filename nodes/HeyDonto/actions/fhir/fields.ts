import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toTextList } from '../../../shared/lists';
import { invalidParameter, requireString, toNumber } from '../../../shared/validate';
import { FHIR_ID_EXAMPLE, toFhirDate, toInstant, toReference } from '../../fhir/values';
import type { Codes } from './search';

/**
 * Typed fields of a FHIR Create or Update. Each writes its value into the resource at the place FHIR
 * keeps it (the official name's family, the phone among the telecoms, the patient among the
 * participants...), so Update changes that place and keeps the rest of the resource as it was.
 */
export interface FhirField {
	property: INodeProperties;
	/** Writes a value that is set into the resource (a copy the operation owns). */
	apply(ctx: IExecuteFunctions, i: number, resource: IDataObject, value: unknown): void;
}

const text = (
	name: string,
	displayName: string,
	description: string,
	placeholder?: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
	...(placeholder ? { placeholder: `e.g. ${placeholder}` } : {}),
});

const entries = (value: unknown): IDataObject[] =>
	Array.isArray(value) ? (value as IDataObject[]) : [];

/** The entry of an array element that `match` finds, else a new one appended. */
function entryOf(
	resource: IDataObject,
	element: string,
	match: (entry: IDataObject) => boolean,
	fresh: IDataObject,
) {
	const list = entries(resource[element]);
	let entry = list.find(match);
	if (!entry) {
		entry = fresh;
		list.push(entry);
	}
	resource[element] = list;
	return entry;
}

/** A top-level element: text, a number, a date, an instant, a boolean or one of FHIR's codes. */
export function elementField(
	element: string,
	displayName: string,
	kind: 'string' | 'number' | 'date' | 'instant' | 'boolean' | Codes,
	description: string,
	extra: Partial<INodeProperties> = {},
): FhirField {
	const firstCode = Array.isArray(kind) ? kind[0].value : '';
	const base: INodeProperties = Array.isArray(kind)
		? {
				displayName,
				name: element,
				type: 'options',
				options: kind,
				default: firstCode,
				description,
			}
		: kind === 'boolean'
			? { displayName, name: element, type: 'boolean', default: true, description }
			: kind === 'date' || kind === 'instant'
				? { displayName, name: element, type: 'dateTime', default: '', description }
				: kind === 'number'
					? { displayName, name: element, type: 'number', default: 0, description }
					: text(element, displayName, description);
	const property = { ...base, ...extra };
	return {
		property,
		apply(ctx, i, resource, value) {
			if (Array.isArray(kind)) {
				const codes = kind.map((code) => code.value);
				if (!codes.includes(String(value)))
					throw invalidParameter(ctx, i, displayName, `one of ${codes.join(', ')}`, value);
				resource[element] = String(value);
			} else if (kind === 'boolean') resource[element] = value === true || value === 'true';
			else if (kind === 'number') resource[element] = toNumber(ctx, i, displayName, value);
			else if (kind === 'date') resource[element] = toFhirDate(ctx, i, displayName, value);
			else if (kind === 'instant') resource[element] = toInstant(ctx, i, displayName, value);
			else resource[element] = requireString(ctx, i, displayName, value);
		},
	};
}

/** A part of the official (else the first) HumanName: family, or the given names or prefixes as a list. */
export function nameField(
	part: 'family' | 'given' | 'prefix',
	displayName: string,
	description: string,
	placeholder: string,
): FhirField {
	return {
		property: text(
			part === 'family' ? 'familyName' : `${part}Names`,
			displayName,
			description,
			placeholder,
		),
		apply(ctx, i, resource, value) {
			const names = entries(resource.name);
			const name = names.find((entry) => entry.use === 'official') ??
				names[0] ?? { use: 'official' };
			if (!names.includes(name)) names.push(name);
			resource.name = names;
			name[part] =
				part === 'family'
					? requireString(ctx, i, displayName, value)
					: toTextList(ctx, i, displayName, value);
			// A name's text spells the parts: it would contradict the changed ones.
			delete name.text;
		},
	};
}

/** The first telecom of a system (phone, email): its value changes, or a new one is added. */
export function contactField(
	system: 'phone' | 'email',
	displayName: string,
	use: string,
	placeholder: string,
): FhirField {
	return {
		property: text(
			system,
			displayName,
			`The ${system === 'email' ? 'email address' : 'phone number'} (the first ${system} telecom)`,
			placeholder,
		),
		apply(ctx, i, resource, value) {
			const point = entryOf(resource, 'telecom', (entry) => entry.system === system, {
				system,
				use,
			});
			point.value = requireString(ctx, i, displayName, value);
		},
	};
}

/** An identifier typed as `system|value`: the identifier of that system changes, or is added. */
export function identifierField(description: string, placeholder: string): FhirField {
	return {
		property: text(
			'identifier',
			'Identifier',
			`${description}, as system|value (or a value alone)`,
			placeholder,
		),
		apply(ctx, i, resource, value) {
			const typed = requireString(ctx, i, 'Identifier', value);
			const bar = typed.lastIndexOf('|');
			const system = bar < 0 ? undefined : typed.slice(0, bar);
			const id = bar < 0 ? typed : typed.slice(bar + 1);
			if (id === '')
				throw invalidParameter(ctx, i, 'Identifier', 'system|value, or a value', value);
			const entry = entryOf(
				resource,
				'identifier',
				(existing) => existing.system === system,
				system ? { system } : {},
			);
			entry.value = id;
		},
	};
}

/**
 * A reference of a type among the entries of a list: an Appointment's participants (the reference is
 * the participant's actor) or a Schedule's actors (the entry is the reference). The entry of that type
 * is replaced, or one is added.
 */
function referenceAmong(
	element: 'participant' | 'actor',
	type: 'Patient' | 'Practitioner',
	displayName: string,
	description: string,
): FhirField {
	const holder = (entry: IDataObject) =>
		element === 'participant' ? ((entry.actor ?? {}) as IDataObject) : entry;
	return {
		property: text(`${type.toLowerCase()}Id`, displayName, description, FHIR_ID_EXAMPLE),
		apply(ctx, i, resource, value) {
			const reference = toReference(ctx, i, displayName, value, type);
			const entry = entryOf(
				resource,
				element,
				(existing) => String(holder(existing).reference ?? '').includes(`${type}/`),
				element === 'participant' ? { required: 'required', status: 'accepted' } : {},
			);
			if (element === 'participant') entry.actor = { reference };
			else {
				for (const key of Object.keys(entry)) delete entry[key];
				entry.reference = reference;
			}
		},
	};
}

/** An Appointment participant of a type (Patient, Practitioner): its actor changes, or it is added. */
export const participantField = (
	type: 'Patient' | 'Practitioner',
	displayName: string,
	description: string,
) => referenceAmong('participant', type, displayName, description);

/** The actor of a type among a Schedule's actors. */
export const actorField = (type: 'Practitioner', displayName: string, description: string) =>
	referenceAmong('actor', type, displayName, description);

/** A single reference element (a Slot's schedule). */
export function referenceField(
	element: string,
	type: string,
	displayName: string,
	description: string,
): FhirField {
	return {
		property: text(`${element}Id`, displayName, description, FHIR_ID_EXAMPLE),
		apply(ctx, i, resource, value) {
			resource[element] = { reference: toReference(ctx, i, displayName, value, type) };
		},
	};
}

/** A CodeableConcept given by its text (an appointment type); `list` for elements that are arrays. */
export function conceptField(
	element: string,
	displayName: string,
	description: string,
	placeholder: string,
	list = false,
): FhirField {
	return {
		property: text(element, displayName, description, placeholder),
		apply(ctx, i, resource, value) {
			const concept = { text: requireString(ctx, i, displayName, value) };
			resource[element] = list ? [concept] : concept;
		},
	};
}

/** A field Create cannot do without (checked before any request). */
export const required = (field: FhirField): FhirField => ({
	...field,
	property: { ...field.property, required: true },
});

export const MORE_FIELDS: INodeProperties = {
	displayName: 'More Fields (JSON)',
	name: 'moreFields',
	type: 'json',
	default: '',
	description:
		'Other top-level elements of the resource as a JSON object, e.g. {"address": [...]}. On Update, an element set to null is removed.',
};
