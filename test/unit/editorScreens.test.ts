/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test-only: reads the icons, codex and demo files */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { AeronaApi } from '../../credentials/AeronaApi.credentials';
import { AlfaDocsApi } from '../../credentials/AlfaDocsApi.credentials';
import { AlfaDocsOAuth2Api } from '../../credentials/AlfaDocsOAuth2Api.credentials';
import { HeyDontoApi } from '../../credentials/HeyDontoApi.credentials';
import { Aerona } from '../../nodes/Aerona/Aerona.node';
import { AeronaTrigger } from '../../nodes/Aerona/AeronaTrigger.node';
import { Ahds } from '../../nodes/Ahds/Ahds.node';
import { AlfaDocs } from '../../nodes/AlfaDocs/AlfaDocs.node';
import { AlfaDocsTrigger } from '../../nodes/AlfaDocs/AlfaDocsTrigger.node';
import { AhdsTrigger } from '../../nodes/Ahds/AhdsTrigger.node';
import { HeyDontoTrigger } from '../../nodes/HeyDonto/HeyDontoTrigger.node';
import { HeyDonto } from '../../nodes/HeyDonto/HeyDonto.node';
import { withArticle } from '../../nodes/shared/operation';
import { invalidParameter } from '../../nodes/shared/validate';
import { walk } from '../helpers/properties';

/**
 * What a new user meets in the editor, checked on the descriptions (issue 12): words for people, the
 * order of fields, what n8n's node panel builds from a node, icons that tell the vendors apart.
 */
const ROOT = path.join(__dirname, '..', '..');
const NODES: INodeType[] = [
	new HeyDonto(),
	new Ahds(),
	new Aerona(),
	new AeronaTrigger(),
	new AlfaDocs(),
	new AlfaDocsTrigger(),
	new HeyDontoTrigger(),
	new AhdsTrigger(),
];
const CREDENTIALS = [
	new HeyDontoApi(),
	new AeronaApi(),
	new AlfaDocsApi(),
	new AlfaDocsOAuth2Api(),
];

/**
 * Aerona's Customize Login Request is about the login request itself (Aerona does not publish it), so
 * it names the path and fields it sends.
 */
const ABOUT_THE_API = new Set(['customizeLogin']);

/** Every text a user reads on the screens: labels, descriptions, hints, placeholders, option texts. */
function texts(properties: INodeProperties[]): string[] {
	const found: string[] = [];
	walk(properties, (property) => {
		if (ABOUT_THE_API.has(property.name)) return;
		found.push(property.displayName, property.description ?? '', property.hint ?? '');
		if (typeof property.placeholder === 'string') found.push(property.placeholder);
		for (const mode of property.modes ?? []) found.push(mode.placeholder ?? '');
		if (property.type === 'options' || property.type === 'multiOptions') {
			for (const option of (property.options ?? []) as INodePropertyOptions[])
				found.push(option.name, option.description ?? '');
		}
	});
	return found.filter((text) => text !== '');
}

const allTexts = [
	...NODES.flatMap((node) => [node.description.description, ...texts(node.description.properties)]),
	...CREDENTIALS.flatMap((credential) => texts(credential.properties)),
];

describe('words for people, not for the API', () => {
	it.each([
		['/ahds/v1', 'an API path in a resource description'],
		['POST /', 'an HTTP method and path'],
		['sent as repeated', 'how a query is encoded'],
		['Clinician type ID ', "an option's ID as its description"],
		['Status ID ', "an option's ID as its description"],
		['Is Adding', 'a body field name as a label'],
		['Select a a', 'a wrong article'],
	])('no screen shows "%s" (%s)', (words) => {
		expect(allTexts.filter((text) => text.includes(words))).toEqual([]);
	});

	it('"Select a ..." placeholders take "an" before a vowel sound', () => {
		const wrong = allTexts.filter((text) => /^Select a [aeio]/i.test(text));
		expect(wrong).toEqual([]);
		expect(withArticle('organization')).toBe('an organization');
		expect(withArticle('appointment type')).toBe('an appointment type');
		expect(withArticle('user')).toBe('a user');
		expect(withArticle('unit')).toBe('a unit');
		expect(withArticle('update')).toBe('an update');
	});

	it("an invalid value's hint says where to fix it, without repeating what the message says", () => {
		const ctx = { getNode: () => ({ name: 'AHDS' }) } as never;
		const expected = 'a UUID such as 123e4567-e89b-12d3-a456-426614174000';
		const error = invalidParameter(ctx, 0, 'Contact', expected, 'nope');
		expect(error.message).toBe(`Invalid value for "Contact": expected ${expected}, but got "nope"`);
		expect(error.description).toBe(
			'Change "Contact", or fix the expression that sets it for this item.',
		);
		expect(invalidParameter(ctx, 0, 'Site', 'a numeric ID', '').description).toBe(
			'Fill in "Site", or fix the expression that sets it for this item.',
		);
	});
});

describe('the order of fields', () => {
	const names = (node: INodeType, resource: string, operation: string) =>
		node.description.properties
			.filter((property) => {
				const show = property.displayOptions?.show ?? {};
				return (
					(show.resource ?? [resource]).includes(resource) &&
					(show.operation ?? [operation]).includes(operation) &&
					property.name !== 'operation'
				);
			})
			.map((property) => property.name);

	it('Aerona › Find Free Slots asks for the Practice first, as Create does: the lists below depend on it', () => {
		expect(names(new Aerona(), 'appointment', 'findFreeSlots').slice(0, 5)).toEqual([
			'resource',
			'practiceId',
			'clinicianId',
			'clinicianTypeId',
			'appointmentTypeId',
		]);
		expect(names(new Aerona(), 'appointment', 'create').slice(0, 3)).toEqual([
			'resource',
			'practiceId',
			'userId',
		]);
	});

	it("AlfaDocs › Practice and Archive come right after the operation, before the operation's fields", () => {
		expect(names(new AlfaDocs(), 'appointment', 'getAll')).toEqual([
			'authentication',
			'resource',
			'practiceAndArchive',
			'practiceId',
			'archiveId',
			'startDate',
			'endDate',
			'returnAll',
			'limit',
			'filters',
			'options',
		]);
	});
});

/**
 * The parameters n8n's editor moves out of a node's parameters into the credential's screen, as
 * n8n-editor-ui does it (getNodeAuthFields, getMainAuthField and isAuthRelatedParameter in
 * utils/nodeTypesUtils.ts, n8n 2.8.4): every parameter a credential's `displayOptions.show` names is an
 * authentication field; the main one is a field named "authentication" without a "none" option, else
 * the first whose option values are all named by the credentials (a field without options, such as a
 * boolean, counts on n8n 2.8); that field and every parameter it depends on are hidden.
 */
function hiddenForCredentials(node: INodeType): string[] {
	const { credentials = [], properties } = node.description;
	const named: Record<string, string[]> = {};
	for (const credential of credentials)
		for (const [name, values] of Object.entries(credential.displayOptions?.show ?? {}))
			named[name] = [...(named[name] ?? []), ...(values ?? []).map(String)];
	const authFields = properties.filter((property) => property.name in named);
	const values = (property: INodeProperties) =>
		((property.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));
	const main =
		authFields.find(
			(property) => property.name === 'authentication' && !values(property).includes('none'),
		) ??
		authFields.find((property) =>
			values(property).every((value) => named[property.name].includes(value)),
		);
	if (!main) return [];
	const related = properties.filter((property) =>
		authFields.some((field) => property.name in (field.displayOptions?.show ?? {})),
	);
	return [main, ...related].map((property) => property.name);
}

describe('parameters n8n moves to the credential screen', () => {
	it('are only the choices between credentials (AlfaDocs: API key or OAuth2), never a setting like Fetch Full Record', () => {
		expect(
			NODES.map((node) => [node.description.name, hiddenForCredentials(node)]).filter(
				([, hidden]) => hidden.length > 0,
			),
		).toEqual([['alfaDocs', ['authentication']]]);
	});

	it('Aerona Trigger: the credential is asked for only with Fetch Full Record on', () => {
		const [credential] = new AeronaTrigger().description.credentials ?? [];
		const trigger = new AeronaTrigger().description;
		for (const [fetchFullRecord, shown] of [
			[false, false],
			[true, true],
		]) {
			expect(
				NodeHelpers.displayParameter({ fetchFullRecord }, credential, null, trigger, {
					fetchFullRecord,
				}),
			).toBe(shown);
		}
		// A node saved without the parameter (its default, off) asks for no credential either.
		const defaults = NodeHelpers.getNodeParameters(
			trigger.properties,
			{},
			true,
			false,
			null,
			trigger,
		);
		expect(NodeHelpers.displayParameter(defaults ?? {}, credential, null, trigger)).toBe(false);
	});
});

describe("n8n's node panel", () => {
	it('finds HeyDonto by "appointment", "availability" and "slots"', () => {
		const codex = JSON.parse(
			fs.readFileSync(path.join(ROOT, 'nodes', 'HeyDonto', 'HeyDonto.node.json'), 'utf8'),
		) as { alias: string[] };
		for (const word of ['appointment', 'availability', 'slots'])
			expect(codex.alias.some((alias) => alias.toLowerCase().includes(word))).toBe(true);
	});

	it('lists one "On ..." entry per Aerona Trigger event: n8n builds them from a trigger parameter labelled "Events"', () => {
		const events = new AeronaTrigger().description.properties.find(
			(property) => property.name === 'objectTypes',
		);
		expect(events?.displayName).toBe('Events');
		expect((events?.options as INodePropertyOptions[]).map((option) => option.name)).toEqual([
			'Appointment',
			'Patient',
			'Treatment',
		]);
	});

	it("shows each app's description, not the trigger's, where n8n joins a node and its trigger", () => {
		// n8n's node panel shows the trigger's description for the pair (Aerona + Aerona Trigger): it
		// names what the action node does too.
		for (const [trigger, action] of [
			[new AeronaTrigger(), new Aerona()],
			[new AlfaDocsTrigger(), new AlfaDocs()],
			[new HeyDontoTrigger(), new HeyDonto()],
			[new AhdsTrigger(), new Ahds()],
		] as Array<[INodeType, INodeType]>) {
			const description = trigger.description.description;
			expect(description).not.toMatch(/^Starts the workflow/);
			expect(description).toMatch(/or start a workflow/);
			// It opens as the app's own description does ("Manage patients", "Book appointments").
			const opening = action.description.description.split(' ').slice(0, 2).join(' ');
			expect(description.startsWith(opening)).toBe(true);
		}
	});

	it('tells Aerona and AlfaDocs apart by their icons, in light and dark themes', () => {
		const icon = (file: string) => fs.readFileSync(path.join(ROOT, 'icons', file), 'utf8');
		const light = ['heydonto', 'ahds', 'aerona', 'alfadocs'].map((name) => icon(`${name}.svg`));
		const dark = ['heydonto', 'ahds', 'aerona', 'alfadocs'].map((name) => icon(`${name}.dark.svg`));
		expect(new Set(light).size).toBe(4);
		expect(new Set(dark).size).toBe(4);
		// Not the same glyph in another colour: the shapes differ.
		const shapes = (svg: string) => svg.replace(/fill="[^"]*"|stroke="[^"]*"/g, '');
		expect(shapes(icon('aerona.svg'))).not.toBe(shapes(icon('alfadocs.svg')));
	});
});

describe('credentials', () => {
	it('AlfaDocs API: a refused key says who refused it and what to check', () => {
		const rules = new AlfaDocsApi().test.rules ?? [];
		const messages = Object.fromEntries(
			rules.map((rule) => [
				(rule.properties as { value: number }).value,
				(rule.properties as { message: string }).message,
			]),
		);
		expect(messages[401]).toMatch(/^AlfaDocs refused the API key \(HTTP 401\)\. Check /);
		expect(messages[403]).toMatch(/^AlfaDocs accepted the API key but denies it access/);
		expect(messages[404]).toMatch(/^There is no AlfaDocs API at the Base URL/);
	});

	it('every credential can be picked in the HTTP Request node, so every action node gets "Custom API Call"', () => {
		// n8n's loader reads the credential types as plain data ({...instance}: methods on the class
		// prototype are lost); a type counts when `authenticate` survives that or it extends OAuth2
		// (n8n 2.41: LoadNodesAndCredentials.supportsProxyAuth). The editor lists the same ones under
		// HTTP Request › Predefined Credential Type ('has:authenticate', 'extends:oAuth2Api').
		const usable = (credential: object) => {
			const data = JSON.parse(JSON.stringify({ ...credential })) as {
				authenticate?: unknown;
				extends?: string[];
			};
			return data.authenticate !== undefined || (data.extends ?? []).includes('oAuth2Api');
		};
		expect(CREDENTIALS.map((credential) => [credential.name, usable(credential)])).toEqual([
			['heyDontoApi', true],
			['aeronaApi', true],
			['alfaDocsApi', true],
			['alfaDocsOAuth2Api', true],
		]);
		for (const node of [new HeyDonto(), new Ahds(), new Aerona(), new AlfaDocs()]) {
			const names = (node.description.credentials ?? []).map((credential) => credential.name);
			expect([node.description.name, names.length > 0]).toEqual([node.description.name, true]);
			const types = CREDENTIALS.filter((credential) => names.includes(credential.name));
			expect([node.description.name, types.some(usable)]).toEqual([node.description.name, true]);
		}
	});

	it('AlfaDocs OAuth2 API: the scopes show in a box of several lines', () => {
		const scopes = new AlfaDocsOAuth2Api().properties.find(
			(property) => property.name === 'scopes',
		);
		expect(scopes?.typeOptions?.rows).toBeGreaterThan(1);
	});
});

describe('demos', () => {
	const demo = path.join(ROOT, 'demo');
	const files = [
		path.join(demo, 'credentials.json'),
		...fs
			.readdirSync(path.join(demo, 'workflows'))
			.map((file) => path.join(demo, 'workflows', file)),
	];

	it('write no port: npm start fills {{SANDBOX_URL}} and {{N8N_URL}}, whatever the ports', () => {
		// npm start (scripts/start.js) fills them through scripts/lib/demo.js.
		const start = ['start.js', path.join('lib', 'demo.js')]
			.map((file) => fs.readFileSync(path.join(ROOT, 'scripts', file), 'utf8'))
			.join('\n');
		for (const file of files) {
			const text = fs.readFileSync(file, 'utf8');
			expect([file, text.match(/(127\.0\.0\.1|localhost):\d+/g)]).toEqual([file, null]);
			for (const [, name] of text.matchAll(/\{\{([A-Z_]+)(?: [^}]*)?\}\}/g))
				expect([file, start.includes(name)]).toEqual([file, true]);
		}
	});
});
