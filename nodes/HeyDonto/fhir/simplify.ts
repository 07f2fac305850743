import type { IDataObject } from 'n8n-workflow';

/**
 * The "Simplified" output of FHIR resources: the common elements flattened to plain fields (name,
 * phone, email, birth date, status, start, end, participants...), with the resource as FHIR returned it
 * under `resource`. Elements a resource does not have are left out, so any type can be simplified.
 */

const list = (value: unknown): IDataObject[] =>
	Array.isArray(value)
		? (value as unknown[]).filter(
				(entry): entry is IDataObject => !!entry && typeof entry === 'object',
			)
		: [];

const texts = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((part): part is string => typeof part === 'string') : [];

/** `Patient/123`, or a full URL ending in it: the type and the ID. */
export function parseReference(reference: unknown): { type?: string; id?: string } {
	if (typeof reference !== 'string') return {};
	const match = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(
		reference,
	);
	return match ? { type: match[1], id: match[2] } : {};
}

/** The official name, else the usual one, else the first. */
function preferredName(names: unknown): IDataObject | undefined {
	const all = list(names);
	return (
		all.find((name) => name.use === 'official') ??
		all.find((name) => name.use === 'usual') ??
		all[0]
	);
}

function nameFields(resource: IDataObject): IDataObject {
	const name = preferredName(resource.name);
	if (!name) return {};
	const given = texts(name.given);
	const prefix = texts(name.prefix);
	const family = typeof name.family === 'string' ? name.family : undefined;
	const full =
		typeof name.text === 'string' && name.text !== ''
			? name.text
			: [...prefix, ...given, family].filter(Boolean).join(' ');
	return {
		name: full,
		...(given.length > 0 ? { givenName: given.join(' ') } : {}),
		...(family !== undefined ? { familyName: family } : {}),
	};
}

function contactFields(resource: IDataObject): IDataObject {
	const telecom = list(resource.telecom);
	const first = (...systems: string[]) =>
		telecom.find((point) => systems.includes(String(point.system)))?.value;
	const phone = first('phone', 'sms');
	const email = first('email');
	return {
		...(phone !== undefined ? { phone } : {}),
		...(email !== undefined ? { email } : {}),
	};
}

/** The text of a CodeableConcept: its text, else its first coding's display or code. */
function conceptText(concept: unknown): string | undefined {
	if (!concept || typeof concept !== 'object') return undefined;
	const { text, coding } = concept as IDataObject;
	if (typeof text === 'string') return text;
	const [first] = list(coding);
	const shown = first?.display ?? first?.code;
	return typeof shown === 'string' ? shown : undefined;
}

/** An Appointment's participants or a Schedule's actors: who, by type and ID, with their status. */
function peopleFields(resource: IDataObject): IDataObject {
	const fromParticipants = list(resource.participant).map((participant) => ({
		actor: (participant.actor ?? {}) as IDataObject,
		status: participant.status,
	}));
	const fromActors = list(resource.actor).map((actor) => ({ actor, status: undefined }));
	const people = [...fromParticipants, ...fromActors].map(({ actor, status }) => {
		const { type, id } = parseReference(actor.reference);
		const person: IDataObject = { type: type ?? actor.type, id, reference: actor.reference };
		if (actor.display !== undefined) person.name = actor.display;
		if (status !== undefined) person.status = status;
		return person;
	});
	if (people.length === 0) return {};
	const fields: IDataObject = {};
	for (const type of ['Patient', 'Practitioner', 'Location']) {
		const person = people.find((entry) => entry.type === type);
		if (!person) continue;
		const key = type.toLowerCase();
		fields[`${key}Id`] = person.id;
		if (person.name !== undefined) fields[`${key}Name`] = person.name;
	}
	return { ...fields, participants: people };
}

const copy = (resource: IDataObject, keys: string[]): IDataObject =>
	Object.fromEntries(
		keys.filter((key) => resource[key] !== undefined).map((key) => [key, resource[key]]),
	);

export function simplify(resource: IDataObject): IDataObject {
	const meta = (resource.meta ?? {}) as IDataObject;
	const [identifier] = list(resource.identifier);
	const type = conceptText(resource.appointmentType) ?? conceptText(list(resource.serviceType)[0]);
	const schedule = parseReference((resource.schedule as IDataObject | undefined)?.reference).id;
	return {
		id: resource.id,
		resourceType: resource.resourceType,
		...nameFields(resource),
		...contactFields(resource),
		...copy(resource, ['birthDate', 'gender', 'active']),
		...(identifier?.value !== undefined ? { identifier: identifier.value } : {}),
		...copy(resource, ['status', 'start', 'end', 'minutesDuration', 'description', 'comment']),
		...(type !== undefined ? { type } : {}),
		...(schedule !== undefined ? { scheduleId: schedule } : {}),
		...peopleFields(resource),
		...(meta.lastUpdated !== undefined ? { lastUpdated: meta.lastUpdated } : {}),
		...(meta.versionId !== undefined ? { versionId: meta.versionId } : {}),
		resource,
	};
}
