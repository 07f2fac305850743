import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { parseListEnvelope } from '../../shared/paginate';
import type { AeronaEndpointKey } from '../endpoints';
import { aerona } from '../transport';

/** A picker waits this long at most for the rate budget, then fails with the rate-limit message. */
const PICKER_MAX_WAIT_SECONDS = 10;

/**
 * Where a record's ID and name may be (the ID keys are given per list): Aerona's list answers are not documented (its API document collapses
 * their samples), so the usual keys are tried in order; a record without a name shows its ID.
 */
const NAME_KEYS = ['name', 'practiceName', 'fullName', 'displayName', 'description'];

function idOf(record: IDataObject, idKeys: string[]): string | undefined {
	const key = idKeys.find(
		(name) => typeof record[name] === 'number' || typeof record[name] === 'string',
	);
	return key === undefined ? undefined : String(record[key]);
}

function nameOf(record: IDataObject): string | undefined {
	const key = NAME_KEYS.find((name) => typeof record[name] === 'string' && record[name] !== '');
	if (key !== undefined) return String(record[key]);
	const person = [
		record.title,
		record.forename ?? record.firstName,
		record.surname ?? record.lastName,
	]
		.filter((part) => typeof part === 'string' && part !== '')
		.join(' ');
	return person === '' ? undefined : person;
}

/** The practice chosen in the node, when it is a plain ID (not an expression), to narrow a list to it. */
function chosenPractice(ctx: ILoadOptionsFunctions): number | undefined {
	for (const path of ['practiceId', 'filters.practiceId']) {
		// Read raw: n8n's extractValue throws for a path the current operation does not have.
		const raw = ctx.getCurrentNodeParameter(path) as IDataObject | string | number | undefined;
		const value = raw !== null && typeof raw === 'object' ? raw.value : raw;
		if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value.trim())))
			return Number(value);
	}
	return undefined;
}

/** Aerona lists are not paged and take no name filter: the whole list is read and filtered here. */
async function search(
	ctx: ILoadOptionsFunctions,
	endpoint: AeronaEndpointKey,
	idKeys: string[],
	filter?: string,
	qs: IDataObject = {},
	describe: (record: IDataObject) => string | undefined = nameOf,
): Promise<INodeListSearchResult> {
	const body = await aerona.request.call(ctx, {
		endpoint,
		qs,
		maxWaitSeconds: PICKER_MAX_WAIT_SECONDS,
	});
	const wanted = (filter ?? '').trim().toLowerCase();
	const results = parseListEnvelope(body)
		.items.map((record) => ({ id: idOf(record, idKeys), name: describe(record) }))
		.filter((entry): entry is { id: string; name: string | undefined } => entry.id !== undefined)
		.map(({ id, name }) => ({ name: `${name ?? 'Unnamed'} (ID ${id})`, value: id }))
		.filter((entry) => wanted === '' || entry.name.toLowerCase().includes(wanted))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}

export async function searchPractices(this: ILoadOptionsFunctions, filter?: string) {
	return await search(this, 'practice.getAll', ['id', 'practiceId'], filter);
}

export async function searchClinicians(this: ILoadOptionsFunctions, filter?: string) {
	return await search(this, 'clinician.getAll', ['id', 'userId', 'clinicianId'], filter, {
		practiceId: chosenPractice(this),
	});
}

export async function searchAppointmentTypes(this: ILoadOptionsFunctions, filter?: string) {
	return await search(this, 'appointmentType.getAll', ['id', 'appointmentTypeId'], filter, {
		practiceId: chosenPractice(this),
	});
}

/** "Mary Simpson, born 2000-09-13": a patient's name with the birth date that tells namesakes apart. */
function patientName(record: IDataObject): string | undefined {
	const name = nameOf(record);
	const dob = typeof record.dob === 'string' && record.dob !== '' ? record.dob.slice(0, 10) : '';
	return name && dob ? `${name}, born ${dob}` : name;
}

/**
 * Patients by name through Patient Search: one word is a surname, more words a forename and a
 * surname ("Mary Sim"); narrowed to the practice chosen in the node, if any.
 */
export async function searchPatients(this: ILoadOptionsFunctions, filter?: string) {
	const words = (filter ?? '')
		.trim()
		.split(/\s+/)
		.filter((word) => word !== '');
	if (words.length === 0) return { results: [] };
	const qs: IDataObject =
		words.length === 1
			? { surname: words[0] }
			: { forename: words[0], surname: words.slice(1).join(' ') };
	return await search(
		this,
		'patient.search',
		['id', 'patientId'],
		filter,
		{ ...qs, practiceId: chosenPractice(this) },
		patientName,
	);
}
